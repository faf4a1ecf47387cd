package nl.koers.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.client.api.HouseholdType;
import nl.koers.identity.api.Role;
import nl.koers.system.web.ModuleMessages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees comes from the message bundles, in Dutch and in English.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors", "th:replace",
			"th:insert");

	private static final Set<String> LITERAL_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt");

	private static final List<Pattern> KEYS_IN_JAVA = List.of(
			Pattern.compile("new (?:Conflict|ServiceUnavailable)Exception\\(\"([^\"]+)\""),
			Pattern.compile("new (?:InvalidField|Refused)Exception\\(\"[^\"]+\", \"([^\"]+)\""),
			Pattern.compile("addFlashAttribute\\(\"flash\", \"([^\"]+)\""),
			Pattern.compile("\\.(?:submit|act)\\([^;]*?\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"", Pattern.DOTALL),
			Pattern.compile("message = \"\\{([^}]+)}\""));

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void everyBundleIsConfiguredAndTranslated() throws IOException {
		List<String> configured = List.of(ModuleMessages.basenames());
		assertThat(configured).containsExactlyInAnyOrderElementsOf(bundleNames());
		for (String name : bundleNames()) {
			assertThat(bundle(name + "_en").stringPropertyNames()).as(name)
				.containsExactlyInAnyOrderElementsOf(bundle(name).stringPropertyNames());
		}
	}

	@Test
	void noMessageIsLeftEmptyOrDefinedTwice() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String name : bundleNames()) {
			Properties bundle = bundle(name);
			assertThat(bundle.stringPropertyNames()).as(name)
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank())
				.allSatisfy(key -> assertThat(seen.add(key)).as("%s is defined in two bundles", key).isTrue());
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : files(TEMPLATES, ".html")) {
			collect(KEY_IN_TEMPLATE, Files.readString(template), used);
		}
		for (Path source : files(Path.of("src/main/java"), ".java")) {
			String code = Files.readString(source);
			KEYS_IN_JAVA.forEach(pattern -> collect(pattern, code, used));
		}
		Stream.of(Role.values()).forEach(role -> used.add("role." + role));
		Stream.of(HouseholdType.values()).forEach(type -> used.add("household." + type));
		Stream.of(AccessAction.values()).forEach(action -> used.add("accessAction." + action));
		Stream.of(AccessOutcome.values()).forEach(outcome -> used.add("accessOutcome." + outcome));
		assertThat(used).hasSizeGreaterThan(50);
		Set<String> defined = new TreeSet<>();
		for (String name : bundleNames()) {
			defined.addAll(bundle(name).stringPropertyNames());
		}
		assertThat(defined).containsAll(used);
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> findings = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			for (Element element : Jsoup.parse(template.toFile(), "UTF-8").getAllElements()) {
				String name = TEMPLATES.relativize(template) + " <" + element.tagName() + ">";
				if (hasVisibleText(element) && !isReplaced(element)) {
					findings.add(name + " text '" + element.ownText() + "'");
				}
				LITERAL_ATTRIBUTES.stream()
					.filter(element::hasAttr)
					.forEach(attribute -> findings.add(name + " attribute " + attribute));
			}
		}
		assertThat(findings).as("text that does not come from the message bundle").isEmpty();
	}

	private static boolean hasVisibleText(Element element) {
		return !Set.of("script", "style", "title").contains(element.tagName())
				&& element.textNodes().stream().map(TextNode::text).anyMatch(text -> !text.isBlank());
	}

	private static boolean isReplaced(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (TEXT_ATTRIBUTES.stream().anyMatch(current::hasAttr)) {
				return true;
			}
		}
		return false;
	}

	private static void collect(Pattern pattern, String text, Set<String> keys) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
	}

	private static List<Path> files(Path root, String extension) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(extension)).toList();
		}
	}

	/**
	 * The Dutch base bundles: {@code messages} for the shell and one per module under
	 * {@code i18n/}.
	 */
	private static List<String> bundleNames() throws IOException {
		List<String> names = new ArrayList<>(List.of("messages"));
		for (Path file : files(RESOURCES.resolve("i18n"), ".properties")) {
			String name = RESOURCES.relativize(file).toString().replace('\\', '/').replace(".properties", "");
			if (!name.endsWith("_en")) {
				names.add(name);
			}
		}
		return names;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
