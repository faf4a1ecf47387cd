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

import nl.koers.accesslog.AccessAction;
import nl.koers.accesslog.AccessOutcome;
import nl.koers.client.HouseholdType;
import nl.koers.identity.Role;
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
			Pattern.compile("new InvalidFieldException\\(\"[^\"]+\", \"([^\"]+)\""),
			Pattern.compile("addFlashAttribute\\(\"flash\", \"([^\"]+)\""),
			Pattern.compile("message = \"\\{([^}]+)}\""));

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
	}

	@Test
	void noMessageIsLeftEmpty() throws IOException {
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			Properties bundle = bundle(name);
			assertThat(bundle.stringPropertyNames()).as(name)
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
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
		assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
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
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(extension)).toList();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
