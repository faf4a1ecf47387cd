package nl.koers;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle speaks the words of {@code docs/glossary.md}: the rules are
 * explained there, next to the tables this test reads.
 */
class GlossaryTests {

	private static final Path GLOSSARY = Path.of("docs/glossary.md");

	private static final Pattern DOMAIN_KEY = Pattern.compile("(?:^|\\.)domain\\.(?:[A-Z_]+\\.)?([A-Z_]+)$");

	private static final Pattern ADDRESS = Pattern.compile("/[\\w/.-]+");

	private static Map<String, String> dutch;

	private static Map<String, String> english;

	@BeforeAll
	static void readBundles() throws IOException {
		dutch = new TreeMap<>();
		english = new TreeMap<>();
		for (Path bundle : bundles()) {
			Path englishBundle = bundle
				.resolveSibling(bundle.getFileName().toString().replace(".properties", "_en.properties"));
			String name = bundle.getFileName().toString();
			read(bundle).forEach((key, value) -> dutch.put(name + " " + key, value));
			read(englishBundle).forEach((key, value) -> english.put(name + " " + key, value));
		}
	}

	@Test
	void bundlesComeInPairsWithTheSameKeys() {
		assertThat(english.keySet()).as("keys in the English bundles").isEqualTo(dutch.keySet());
	}

	@Test
	void eachTermHasItsCounterpartInTheOtherLanguage() throws IOException {
		List<List<String>> terms = table("Begrippen");
		List<String> allDutch = terms.stream().flatMap(row -> forms(row.get(0)).stream()).toList();
		List<String> allEnglish = terms.stream().flatMap(row -> forms(row.get(1)).stream()).toList();
		List<String> mismatches = new ArrayList<>();
		for (List<String> row : terms) {
			if (!"ja".equals(row.get(2))) {
				continue;
			}
			Term dutchTerm = new Term(forms(row.get(0)), allDutch, false);
			Term englishTerm = new Term(forms(row.get(1)), allEnglish, true);
			dutch.forEach((key, value) -> {
				String other = english.getOrDefault(key, "");
				if (dutchTerm.in(value) != englishTerm.in(other)) {
					mismatches.add(key + ": \"" + (dutchTerm.in(value) ? row.get(0) : row.get(1))
							+ "\" without its counterpart \"" + (dutchTerm.in(value) ? row.get(1) : row.get(0)) + "\"");
				}
			});
		}
		assertThat(mismatches).as("terms used without their counterpart (docs/glossary.md, Begrippen)").isEmpty();
	}

	@Test
	void aLifeDomainHasOneNameEverywhere() throws IOException {
		Map<String, List<String>> names = new TreeMap<>();
		for (List<String> row : table("Leefgebieden")) {
			names.put(row.get(0), row.subList(1, 3));
		}
		List<String> mismatches = new ArrayList<>();
		dutch.forEach((key, value) -> {
			Matcher domain = DOMAIN_KEY.matcher(key);
			if (domain.find() && names.containsKey(domain.group(1))) {
				List<String> expected = names.get(domain.group(1));
				if (!value.equals(expected.get(0)) || !english.get(key).equals(expected.get(1))) {
					mismatches.add(key + " = " + value + " / " + english.get(key));
				}
			}
		});
		assertThat(mismatches).as("life domains named otherwise than in docs/glossary.md").isEmpty();
		assertThat(dutch.keySet().stream().filter(key -> DOMAIN_KEY.matcher(key).find()))
			.as("the test finds the life domains")
			.isNotEmpty();
	}

	@Test
	void theDutchBundlesAvoidTheWordsOnTheList() throws IOException {
		List<String> found = new ArrayList<>();
		for (List<String> row : table("Niet gebruiken")) {
			String word = row.get(0).toLowerCase(Locale.ROOT);
			dutch.forEach((key, value) -> {
				if (ADDRESS.matcher(value).replaceAll(" ").toLowerCase(Locale.ROOT).contains(word)) {
					found.add(key + ": \"" + row.get(0) + "\", use \"" + row.get(1) + "\"");
				}
			});
		}
		assertThat(found).as("words the glossary rules out (docs/glossary.md, Niet gebruiken)").isEmpty();
	}

	@Test
	void aDutchMessageLikeItsEnglishOneUsesOnlyLoanwords() throws IOException {
		List<String> loanwords = table("Leenwoorden").stream().map(row -> row.get(0).toLowerCase(Locale.ROOT)).toList();
		List<String> untranslated = new ArrayList<>();
		dutch.forEach((key, value) -> {
			if (value.equals(english.get(key)) && !words(value).stream().allMatch(loanwords::contains)) {
				untranslated.add(key + " = " + value);
			}
		});
		assertThat(untranslated).as("Dutch messages that are their English ones (docs/glossary.md, Leenwoorden)")
			.isEmpty();
	}

	/**
	 * A term's forms in one language. A longer term that contains one of them ("sharing
	 * agreement" holds "agreement") is another concept, so it is taken out first. Dutch
	 * forms also count inside compounds ("evaluatietermijn"); English forms only as
	 * words.
	 */
	private record Term(List<String> forms, List<String> allForms, boolean wholeWords) {

		boolean in(String message) {
			String lower = message.toLowerCase(Locale.ROOT);
			return this.forms.stream().anyMatch(form -> pattern(form).matcher(withoutLongerTerms(lower, form)).find());
		}

		private String withoutLongerTerms(String message, String form) {
			String rest = message;
			for (String longer : this.allForms) {
				if (longer.length() > form.length() && longer.contains(form) && !this.forms.contains(longer)) {
					rest = pattern(longer).matcher(rest).replaceAll(" ");
				}
			}
			return rest;
		}

		private Pattern pattern(String form) {
			return this.wholeWords ? Pattern.compile("(?<!\\p{L})" + Pattern.quote(form) + "(?!\\p{L})")
					: Pattern.compile(Pattern.quote(form));
		}

	}

	private static List<String> forms(String cell) {
		return Stream.of(cell.split(",")).map(form -> form.strip().toLowerCase(Locale.ROOT)).toList();
	}

	private static List<String> words(String message) {
		String withoutArguments = message.replaceAll("\\{[^}]*}", " ");
		return Stream.of(withoutArguments.split("[^\\p{L}\\d-]+"))
			.filter(word -> word.chars().anyMatch(Character::isLetter))
			.map(word -> word.toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * The body rows of the first table under the heading {@code ## title}.
	 */
	private static List<List<String>> table(String title) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		boolean inSection = false;
		for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
			if (line.startsWith("## ")) {
				inSection = line.substring(3).strip().equals(title);
			}
			else if (inSection && line.startsWith("|") && !line.startsWith("|---")) {
				rows.add(Stream.of(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList());
			}
		}
		assertThat(rows).as("table " + title + " in " + GLOSSARY).hasSizeGreaterThan(1);
		return rows.subList(1, rows.size());
	}

	private static List<Path> bundles() throws IOException {
		Path resources = Path.of("src/main/resources");
		try (Stream<Path> i18n = Files.list(resources.resolve("i18n"))) {
			List<Path> bundles = new ArrayList<>(i18n.filter(path -> path.toString().endsWith(".properties"))
				.filter(path -> !path.toString().endsWith("_en.properties"))
				.sorted()
				.toList());
			bundles.add(resources.resolve("messages.properties"));
			return bundles;
		}
	}

	private static Map<String, String> read(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
		return messages;
	}

}
