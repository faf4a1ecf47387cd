package nl.koers.dataimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.koers.client.api.Bsn;

/**
 * A synthetic import file in the CSV layout, the same for the same number of rows, seed,
 * day and first person: persons with valid BSNs (eight digits starting with 8, apart from
 * the demo's clients), benefits of every kind (some ended, with every reason; a few
 * without benefit), households with partners and children, and a profile for most, about
 * a fifth KP4. For the demo, for trying an import, and for the benchmark.
 */
final class ImportSample {

	static final int MAX_ROWS = 200_000;

	static final int MAX_FIRST_PERSON = 9_000_000;

	private static final String[] GIVEN = { "Anna", "Bram", "Chantal", "Daan", "Esra", "Fatima", "Gerrit", "Hanneke",
			"Ibrahim", "Joke", "Kees", "Lotte", "Mohamed", "Noor", "Otto", "Priya", "Ruud", "Sanne", "Tim", "Wilma" };

	private static final String[][] FAMILY = { { "", "Jansen" }, { "de", "Vries" }, { "van den", "Berg" },
			{ "", "Bakker" }, { "van", "Dijk" }, { "", "Visser" }, { "", "Smit" }, { "", "Meijer" }, { "de", "Boer" },
			{ "", "Mulder" }, { "", "Yilmaz" }, { "", "El Amrani" }, { "", "Kaya" } };

	private static final String[] CITIES = { "Geldermalsen", "Leerdam", "Beesd", "Asperen", "Culemborg" };

	private static final String[] REASONS = { "WORK", "MOVED", "OTHER_INCOME", "DECEASED", "OTHER" };

	private ImportSample() {
	}

	static String csv(int rows, long seed, LocalDate today) {
		return csv(rows, seed, today, 0);
	}

	/**
	 * The sample with its BSNs from the given place on (so that a second sample can hold
	 * other persons than the first).
	 */
	static String csv(int rows, long seed, LocalDate today, int firstPerson) {
		Random random = new Random(seed);
		StringBuilder out = new StringBuilder(rows * 160).append(String.join(";", ImportFile.COLUMNS)).append('\n');
		int person = firstPerson;
		for (int row = 0; row < rows; row++) {
			person = nextBsnIndex(person);
			out.append(row(random, bsn(person), today)).append('\n');
			person++;
		}
		return out.toString();
	}

	private static String row(Random random, String bsn, LocalDate today) {
		String[] family = FAMILY[random.nextInt(FAMILY.length)];
		LocalDate born = LocalDate.of(1958, 1, 1).plusDays(random.nextInt(365 * 42));
		LocalDate start = born.plusYears(18).plusDays(random.nextInt(365 * 12));
		if (start.isAfter(today.minusMonths(2))) {
			start = today.minusMonths(2).minusDays(random.nextInt(300));
		}
		String benefits = benefits(random, start, today);
		String profile = "";
		int kind = random.nextInt(10);
		if (kind < 8) {
			LocalDate decided = start
				.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())));
			profile = (kind < 2 ? "KP4" : "KP" + (1 + random.nextInt(3))) + ";" + decided;
		}
		else {
			profile = ";";
		}
		String city = CITIES[random.nextInt(CITIES.length)];
		return String.join(";", bsn, GIVEN[random.nextInt(GIVEN.length)], family[0], family[1], born.toString(),
				"Dorpsstraat", Integer.toString(1 + random.nextInt(150)), (4100 + random.nextInt(90)) + "AB", city,
				benefits, profile, household(random, family[1], born, today));
	}

	private static String benefits(Random random, LocalDate start, LocalDate today) {
		int kind = random.nextInt(100);
		if (kind < 3) {
			return "NONE:" + start;
		}
		String name = kind < 8 ? "IOAW" : kind < 10 ? "IOAZ" : "PARTICIPATIEWET";
		if (random.nextInt(10) == 0) {
			LocalDate end = start.plusDays(1 + random.nextInt((int) (today.toEpochDay() - start.toEpochDay())));
			return name + ":" + start + ":" + end + ":" + REASONS[random.nextInt(REASONS.length)];
		}
		return name + ":" + start;
	}

	private static String household(Random random, String familyName, LocalDate born, LocalDate today) {
		List<String> members = new ArrayList<>();
		if (random.nextInt(10) < 3) {
			members.add("PARTNER::" + GIVEN[random.nextInt(GIVEN.length)] + ":" + familyName + ":"
					+ born.plusDays(random.nextInt(2000) - 1000));
		}
		int children = random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0;
		for (int child = 0; child < children; child++) {
			LocalDate childBorn = born.plusYears(20 + random.nextInt(15)).plusDays(child * 400L);
			if (childBorn.isBefore(today)) {
				members.add("CHILD::" + GIVEN[random.nextInt(GIVEN.length)] + ":" + familyName + ":" + childBorn);
			}
		}
		return String.join("|", members);
	}

	private static int nextBsnIndex(int from) {
		int index = from;
		while (Bsn.checkDigit(prefix(index)) < 0) {
			index++;
		}
		return index;
	}

	private static String bsn(int index) {
		return prefix(index) + Bsn.checkDigit(prefix(index));
	}

	private static String prefix(int index) {
		return String.format("8%07d", index);
	}

}
