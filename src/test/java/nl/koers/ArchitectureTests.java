package nl.koers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The naming and layering rules of docs/architecture.md, checked on the code.
 */
class ArchitectureTests {

	private static final String MODULE_BASE = "nl\\.koers\\.(?!system)[a-z]+";

	private static DescribedPredicate<JavaMethod> callResponseEntityCreated() {
		return DescribedPredicate.describe(
				"answer with ResponseEntity.created (themselves or through a method of " + "their class)",
				method -> callsCreated(method) || method.getMethodCallsFromSelf()
					.stream()
					.filter(call -> call.getTargetOwner().equals(method.getOwner()))
					.anyMatch(call -> call.getTarget()
						.resolveMember()
						.map(ArchitectureTests::callsCreated)
						.orElse(false)));
	}

	private static boolean callsCreated(JavaMethod method) {
		return method.getMethodCallsFromSelf()
			.stream()
			.anyMatch(call -> call.getTargetOwner().isEquivalentTo(ResponseEntity.class)
					&& call.getName().equals("created"));
	}

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.koers");

	@Test
	void servicesEndInService() {
		check(classes().that().areAnnotatedWith(Service.class).should().haveSimpleNameEndingWith("Service"));
	}

	@Test
	void everyServiceIsAServiceSoThatItsPoliciesAreChecked() {
		check(classes().that(inAModuleBasePackage())
			.and()
			.haveSimpleNameEndingWith("Service")
			.and()
			.areNotInterfaces()
			.should()
			.beAnnotatedWith(Service.class));
	}

	@Test
	void createsAreDocumentedAs201() {
		check(methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.and()
			.areNotPrivate()
			.and(callResponseEntityCreated())
			.should()
			.beAnnotatedWith(ResponseStatus.class)
			.because("the OpenAPI document says 201 only where @ResponseStatus(CREATED) says so"));
	}

	@Test
	void sqlClassesAreStoresAndSpringDataInterfacesRepositories() {
		check(classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Repository.class)
			.should()
			.haveSimpleNameEndingWith("Store"));
		check(classes().that()
			.areAssignableTo(Repository.class)
			.and()
			.areInterfaces()
			.should()
			.haveSimpleNameEndingWith("Repository"));
	}

	@Test
	void controllersAreNamedForWhatTheyServe() {
		check(classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.haveSimpleNameEndingWith("ApiController"));
		check(classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.haveSimpleNameEndingWith("Controller")
			.andShould()
			.haveSimpleNameNotEndingWith("ApiController"));
	}

	@Test
	void contributionsToTheClientFileAreNamedForWhatTheyAdd() {
		check(classes().that()
			.implement(nl.koers.client.api.ClientFileSection.class)
			.should()
			.haveSimpleNameEndingWith("Section"));
		check(classes().that()
			.implement(nl.koers.client.api.TimelineSource.class)
			.should()
			.haveSimpleNameEndingWith("TimelineSource"));
		check(classes().that()
			.implement(nl.koers.client.api.ClientFileSummaryPart.class)
			.should()
			.haveSimpleNameEndingWith("SummaryPart"));
	}

	@Test
	void controllersNeverReadStores() {
		check(noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Store")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository"));
	}

	@Test
	void policiesMeanAccessAndLiveInTheirModule() {
		check(classes().that()
			.haveSimpleNameEndingWith("Policy")
			.and()
			.areTopLevelClasses()
			.should()
			.resideInAPackage("nl.koers.(*)")
			.andShould()
			.beAnnotatedWith(org.springframework.stereotype.Component.class));
	}

	@Test
	void onlyTheDoorIsPublic() {
		check(classes().that(inAModuleBasePackage())
			.and()
			.areTopLevelClasses()
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.because("a module's door is its api package; the base package is internal"));
	}

	/**
	 * Koers's day is the Dutch day: dates and times come from the application's clock
	 * (Europe/Amsterdam), never from the machine's time zone, which is UTC on most
	 * servers (between 23:00 and midnight UTC the two disagree on the date).
	 */
	@Test
	void datesComeFromTheClock() {
		check(noClasses().should()
			.callMethodWhere(DescribedPredicate.describe("the no-argument now() of java.time",
					call -> call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
							&& call.getTargetOwner().getPackageName().equals("java.time")))
			.because("the machine's time zone is not the Dutch one; use LocalDate.now(clock)"));
	}

	@Test
	void templatesTakeTodayFromTheModel() throws IOException {
		Pattern machineDate = Pattern.compile("#(temporals|dates|calendars)\\.create(Today|Now)");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			assertThat(files.filter(file -> file.toString().endsWith(".html"))
				.filter(file -> machineDate.matcher(read(file)).find())
				.toList()).as("templates that take the date from the machine's time zone").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DescribedPredicate<JavaClass> inAModuleBasePackage() {
		return DescribedPredicate.describe("in a module's base package",
				type -> type.getPackageName().matches(MODULE_BASE));
	}

	private void check(ArchRule rule) {
		rule.check(this.classes);
	}

}
