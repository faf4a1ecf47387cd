package nl.koers.client;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.system.CursorPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name search on a fixed data set: the expected rows were written down from the search as
 * it was before it used an index for every pattern (a substring of the lower-cased full
 * name, no accent folding, ordered by family name, given name and id, paged by key).
 */
@KoersTest
class NameSearchTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClientStore store;

	@Autowired
	JdbcClient jdbc;

	UUID municipality;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality().id();
		UUID other = this.fixtures.municipality().id();
		insert(this.municipality, "Jan", null, "Jansen");
		insert(this.municipality, "Piet", null, "Jansen");
		insert(this.municipality, "Anna", "de", "Vries");
		insert(this.municipality, "Émile", null, "Dupré");
		insert(this.municipality, "Karel", "van", "Dijk");
		insert(this.municipality, "Jansje", null, "Bakker");
		insert(this.municipality, "Sanne", null, "Jans");
		insert(this.municipality, "Bo", null, "Li");
		insert(other, "Jan", null, "Jansen");
		insert(other, "Bo", null, "Li");
	}

	@Test
	void findsAFullName() {
		assertThat(search("Jan Jansen")).containsExactly("Jan Jansen");
		assertThat(search("karel van dijk")).containsExactly("Karel van Dijk");
	}

	@Test
	void findsPartOfANameInNameOrder() {
		assertThat(search("jansen")).containsExactly("Jan Jansen", "Piet Jansen");
		assertThat(search(" Jansen ")).containsExactly("Jan Jansen", "Piet Jansen");
		assertThat(search("van d")).containsExactly("Karel van Dijk");
		assertThat(search("JAN")).containsExactly("Jansje Bakker", "Sanne Jans", "Jan Jansen", "Piet Jansen");
	}

	@Test
	void findsOneAndTwoLettersAnywhereInTheName() {
		assertThat(search("an")).containsExactly("Jansje Bakker", "Karel van Dijk", "Sanne Jans", "Jan Jansen",
				"Piet Jansen", "Anna de Vries");
		assertThat(search("i")).containsExactly("Karel van Dijk", "Émile Dupré", "Piet Jansen", "Bo Li",
				"Anna de Vries");
		assertThat(search("LI")).containsExactly("Bo Li");
		assertThat(search("il")).containsExactly("Émile Dupré");
		assertThat(search("q")).isEmpty();
	}

	@Test
	void foldsCaseButNotAccents() {
		assertThat(search("É")).containsExactly("Émile Dupré");
		assertThat(search("dupré")).containsExactly("Émile Dupré");
		assertThat(search("dupre")).isEmpty();
	}

	@Test
	void findsNothingForAnUnknownNameOrWildcards() {
		assertThat(search("xyz")).isEmpty();
		assertThat(search("%")).isEmpty();
		assertThat(search("_")).isEmpty();
		assertThat(search("jan%")).isEmpty();
		assertThat(search("j_n")).isEmpty();
	}

	@Test
	void pagesByKey() {
		assertThat(pages("jan", 2)).containsExactly(List.of("Jansje Bakker", "Sanne Jans"),
				List.of("Jan Jansen", "Piet Jansen"));
		assertThat(pages("an", 4)).containsExactly(
				List.of("Jansje Bakker", "Karel van Dijk", "Sanne Jans", "Jan Jansen"),
				List.of("Piet Jansen", "Anna de Vries"));
		assertThat(pages("i", 1)).hasSize(5);
	}

	private List<String> search(String name) {
		return names(this.store.page(new ClientStore.Criteria(this.municipality, null, name, null), null, 50));
	}

	private List<List<String>> pages(String name, int limit) {
		List<List<String>> pages = new ArrayList<>();
		String next = null;
		do {
			CursorPage<ClientStore.Row> page = this.store
				.page(new ClientStore.Criteria(this.municipality, null, name, null), next, limit);
			pages.add(names(page));
			next = page.next();
		}
		while (next != null);
		return pages;
	}

	private static List<String> names(CursorPage<ClientStore.Row> page) {
		return page.items()
			.stream()
			.map(row -> ClientName.of(row.givenName(), row.namePrefix(), row.familyName()))
			.toList();
	}

	private void insert(UUID municipalityId, String givenName, String namePrefix, String familyName) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("insert into client (id, municipality_id, bsn, given_name, name_prefix, family_name, date_of_birth, "
					+ "benefit_start_date, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(UUID.randomUUID(), municipalityId, Fixtures.nextBsn(), givenName, namePrefix, familyName,
					LocalDate.of(1980, 1, 1), LocalDate.of(2020, 1, 1), now, now)
			.update();
	}

}
