package nl.koers.dataimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.koers.client.api.PlausibleDates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportSampleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final PlausibleDates PLAUSIBLE = new PlausibleDates(18, 31);

	@Test
	void everyRowOfTheSamplePassesTheChecksWithItsOwnBsn() {
		List<RawPerson> persons = new ArrayList<>();
		ImportFile.of(ImportSample.csv(10_000, 15, TODAY).getBytes(StandardCharsets.UTF_8), ImportFormat.CSV)
			.persons()
			.forEachRemaining(persons::add);

		assertThat(persons).hasSize(10_000);
		List<RowProblem> problems = persons.stream()
			.flatMap(person -> RowCheck.check(person, TODAY, PLAUSIBLE).problems().stream())
			.toList();
		assertThat(problems).isEmpty();
		Set<String> bsns = new HashSet<>();
		persons.forEach(person -> bsns.add(person.bsn()));
		assertThat(bsns).hasSize(10_000).allMatch(bsn -> bsn.startsWith("8"));
	}

	@Test
	void theSampleHasEveryKindOfBenefitEndAndHousehold() {
		String csv = ImportSample.csv(10_000, 15, TODAY);

		assertThat(csv).contains("NONE:", "IOAW:", "IOAZ:", "PARTICIPATIEWET:", ":WORK", ":MOVED", ":OTHER_INCOME",
				":DECEASED", ":OTHER;", "PARTNER::", "CHILD::", ";KP4;", ";KP1;");
		assertThat(ImportSample.csv(50, 15, TODAY)).isEqualTo(ImportSample.csv(50, 15, TODAY));
	}

}
