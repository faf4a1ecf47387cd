package nl.koers.dataimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportFileTests {

	static final String HEADER = String.join(";", ImportFile.COLUMNS);

	@Test
	void csvRowsAreReadWithTheirLineNumbersAndListsInACell() {
		String csv = "\uFEFF" + HEADER + "\n"
				+ "123456782;Jan;;Jansen;1980-04-12;Markt;1;4101AB;Culemborg;IOAW:2015-01-01:2018-12-31:WORK|PARTICIPATIEWET:2019-03-01;KP4;2019-06-01;PARTNER:111222333:Els:de Vries:1982-02-02|CHILD::Sanne:Jansen:2012-05-01\n"
				+ "\n" + "\"111222333\";Els;;\"de Vries\";1982-02-02;;;;;NONE:2020-01-01;;;\n";

		List<RawPerson> persons = read(csv, ImportFormat.CSV);

		assertThat(persons).extracting(RawPerson::line).containsExactly(2L, 4L);
		RawPerson jan = persons.get(0);
		assertThat(jan.benefits()).containsExactly(new RawPerson.Benefit("IOAW", "2015-01-01", "2018-12-31", "WORK"),
				new RawPerson.Benefit("PARTICIPATIEWET", "2019-03-01", null, null));
		assertThat(jan.household()).containsExactly(
				new RawPerson.Member("PARTNER", "111222333", "Els", "de Vries", "1982-02-02"),
				new RawPerson.Member("CHILD", null, "Sanne", "Jansen", "2012-05-01"));
		assertThat(persons.get(1).familyName()).isEqualTo("de Vries");
		assertThat(persons.get(1).household()).isEmpty();
		assertThat(persons.get(1).profile()).isNull();
	}

	@Test
	void columnsMayComeInAnyOrder() {
		List<String> columns = new ArrayList<>(ImportFile.COLUMNS);
		java.util.Collections.reverse(columns);
		String csv = String.join(";", columns) + "\n" + ";;;;Culemborg;;;;;;;;123456782\n";

		assertThat(read(csv, ImportFormat.CSV)).singleElement().satisfies(person -> {
			assertThat(person.bsn()).isEqualTo("123456782");
			assertThat(person.city()).isEqualTo("Culemborg");
		});
	}

	@Test
	void aFileThatIsNotUtf8IsNamedWithTheLine() {
		byte[] latin1 = (HEADER + "\n123456782;Jos\u00e9;;Jansen\n").getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> ImportFile.of(latin1, ImportFormat.CSV))
			.isInstanceOfSatisfying(ImportFile.FileRefused.class, refused -> {
				assertThat(refused.reason()).isEqualTo("encoding");
				assertThat(refused.line()).isEqualTo(2);
			});
		byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16);
		assertThatThrownBy(() -> ImportFile.of(utf16, ImportFormat.CSV)).isInstanceOfSatisfying(
				ImportFile.FileRefused.class, refused -> assertThat(refused.reason()).isEqualTo("utf16"));
	}

	@Test
	void anotherSeparatorIsNamedNotGuessed() {
		byte[] commas = (String.join(",", ImportFile.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportFile.of(commas, ImportFormat.CSV)).isInstanceOfSatisfying(
				ImportFile.FileRefused.class, refused -> assertThat(refused.arguments()).containsExactly(1L, ","));
	}

	@Test
	void unknownAndMissingColumnsAreNamed() {
		byte[] typo = (HEADER.replace("givenName", "voornaam") + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] fewColumns = "bsn;givenName;familyName\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportFile.of(typo, ImportFormat.CSV))
			.isInstanceOfSatisfying(ImportFile.FileRefused.class, refused -> {
				assertThat(refused.reason()).isEqualTo("unknownColumns");
				assertThat(refused.argument()).isEqualTo("voornaam");
			});
		assertThatThrownBy(() -> ImportFile.of(fewColumns, ImportFormat.CSV))
			.isInstanceOfSatisfying(ImportFile.FileRefused.class, refused -> {
				assertThat(refused.reason()).isEqualTo("missingColumns");
				assertThat(refused.argument()).startsWith("namePrefix, dateOfBirth");
			});
		assertThatThrownBy(() -> ImportFile.of(new byte[0], ImportFormat.CSV)).isInstanceOfSatisfying(
				ImportFile.FileRefused.class, refused -> assertThat(refused.reason()).isEqualTo("empty"));
	}

	@Test
	void jsonLinesAreReadAndABrokenLineIsUnreadable() {
		String lines = """
				{"bsn":"123456782","givenName":"Jan","familyName":"Jansen","dateOfBirth":"1980-04-12","address":{"city":"Culemborg"},"benefits":[{"kind":"PARTICIPATIEWET","start":"2019-03-01"}],"profile":{"profile":"KP4","effectiveDate":"2019-06-01"},"household":[{"relation":"CHILD","givenName":"Sanne","familyName":"Jansen","dateOfBirth":"2012-05-01"}],"extra":1}

				{"bsn":"111222333",
				[1,2]
				""";

		List<RawPerson> persons = read(lines, ImportFormat.NDJSON);

		assertThat(persons).extracting(RawPerson::line, RawPerson::unreadable)
			.containsExactly(tuple(1L, false), tuple(3L, true), tuple(4L, true));
		RawPerson jan = persons.get(0);
		assertThat(jan.city()).isEqualTo("Culemborg");
		assertThat(jan.profile()).isEqualTo("KP4");
		assertThat(jan.profileDate()).isEqualTo("2019-06-01");
		assertThat(jan.benefits()).containsExactly(new RawPerson.Benefit("PARTICIPATIEWET", "2019-03-01", null, null));
		assertThat(jan.household())
			.containsExactly(new RawPerson.Member("CHILD", null, "Sanne", "Jansen", "2012-05-01"));
	}

	private static List<RawPerson> read(String text, ImportFormat format) {
		List<RawPerson> persons = new ArrayList<>();
		ImportFile.of(text.getBytes(StandardCharsets.UTF_8), format).persons().forEachRemaining(persons::add);
		return persons;
	}

}
