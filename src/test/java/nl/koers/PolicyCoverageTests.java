package nl.koers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.koers.system.Open;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method of a service ({@code @Service}) asks its module's policy (a class
 * named {@code *Policy}, a {@code Permission}, or the client gate {@code ClientAccess}),
 * directly or through another method that does, or says why it needs none with
 * {@link Open}.
 */
class PolicyCoverageTests {

	private static final Pattern LAMBDA = Pattern.compile("lambda\\$(\\w+)\\$\\d+");

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.koers");

	@Test
	void everyPublicServiceMethodAsksAPolicyOrSaysWhyNot() {
		Set<String> guarded = guardedMethods();
		List<String> unguarded = new ArrayList<>();
		for (JavaClass service : services()) {
			for (JavaMethod method : service.getMethods()) {
				if (method.getModifiers().contains(JavaModifier.PUBLIC)
						&& !method.getModifiers().contains(JavaModifier.SYNTHETIC)
						&& !method.getModifiers().contains(JavaModifier.BRIDGE) && !method.isAnnotatedWith(Open.class)
						&& !guarded.contains(key(method))) {
					unguarded.add(service.getName() + "." + method.getName());
				}
			}
		}
		assertThat(services()).isNotEmpty();
		assertThat(unguarded).as("public service methods that ask no policy and are not @Open").isEmpty();
	}

	@Test
	void openMethodsSayWhy() {
		List<String> silent = new ArrayList<>();
		for (JavaClass service : services()) {
			for (JavaMethod method : service.getMethods()) {
				if (method.isAnnotatedWith(Open.class) && method.getAnnotationOfType(Open.class).value().isBlank()) {
					silent.add(service.getName() + "." + method.getName());
				}
			}
		}
		assertThat(silent).isEmpty();
	}

	private List<JavaClass> services() {
		return this.classes.stream().filter(type -> type.isAnnotatedWith(Service.class)).toList();
	}

	/**
	 * The methods (of any class of Koers) that ask a policy, directly, in a lambda, or by
	 * calling a method that does; repeated until nothing changes.
	 */
	private Set<String> guardedMethods() {
		Set<String> guarded = new HashSet<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (JavaClass type : this.classes) {
				for (JavaMethod method : type.getMethods()) {
					String key = key(method);
					if (!guarded.contains(key) && asksPolicy(method, guarded)) {
						guarded.add(key);
						changed = true;
					}
				}
			}
		}
		return guarded;
	}

	private static boolean asksPolicy(JavaMethod method, Set<String> guarded) {
		for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
			String owner = call.getTargetOwner().getSimpleName();
			if (owner.endsWith("Policy") || owner.equals("Permission") || owner.equals("ClientAccess")) {
				return true;
			}
			String target = call.getTargetOwner().getName() + "#" + call.getName();
			if (guarded.contains(target)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A method by owner and name; a lambda counts as part of the method it is written in.
	 */
	private static String key(JavaMethod method) {
		Matcher lambda = LAMBDA.matcher(method.getName());
		String name = lambda.matches() ? lambda.group(1) : method.getName();
		return method.getOwner().getName() + "#" + name;
	}

}
