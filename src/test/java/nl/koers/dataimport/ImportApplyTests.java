package nl.koers.dataimport;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.TableOwner;
import nl.koers.client.api.Bsn;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
@TestPropertySource(properties = "koers.reporting.suppression-threshold=1")
class ImportApplyTests {

	static final String HEADER = String.join(";", ImportFile.COLUMNS) + "\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TableOwner owner;

	@Autowired
	JdbcClient jdbc;

	Fixtures.Municipality municipality;

	CurrentUser administrator;

	CurrentUser manager;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.manager = this.municipality.user(Role.MANAGER);
	}

	@Test
	void theCaseloadArrivesWithBenefitsHouseholdsAndProfilesAndASecondRunChangesNothing() throws Exception {
		String file = HEADER
				+ person(1, "Jan", "PARTICIPATIEWET:2019-03-01", "KP4;2019-06-01",
						"PARTNER::Els:de Vries:1982-02-02|CHILD::Sanne:Jansen:2012-05-01")
				+ person(2, "Piet", "IOAW:2015-01-01:2018-12-31:WORK|PARTICIPATIEWET:2019-01-01", "KP3;2019-02-01", "")
				+ person(3, "Ans", "NONE:2020-01-01", "KP4;2020-02-01", "");

		UUID first = importFile(file);

		assertRun(first, 3, 0, 0);
		assertThat(clients()).isEqualTo(3);
		assertThat(count("select count(*) from benefit_period where municipality_id = ?")).isEqualTo(3);
		assertThat(count("select count(*) from client where municipality_id = ? and without_benefit = 'NUG'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from household_member m join client c on c.household_id = m.household_id "
				+ "where c.municipality_id = ?"))
			.isEqualTo(2);
		this.mvc.perform(get("/api/v1/reports/routes?date=" + LocalDate.now()).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.INVESTIGATION").value(2))
			.andExpect(jsonPath("$.total").value(2));
		assertThat(count("select count(*) from exemption where municipality_id = ? and valid_until is null"))
			.as("the exemption that comes with KP4")
			.isEqualTo(2);
		int events = count("select count(*) from route_event where municipality_id = ?");

		UUID again = importFile(file);

		assertRun(again, 0, 0, 3);
		assertThat(clients()).isEqualTo(3);
		assertThat(count("select count(*) from route_event where municipality_id = ?")).isEqualTo(events);
		assertThat(count("select count(*) from benefit_period where municipality_id = ?")).isEqualTo(3);
	}

	@Test
	void theSampleFileImportsWithoutARefusalAndASecondRunChangesNothing() throws Exception {
		String sample = this.mvc.perform(get("/admin/imports/sample.csv?rows=1000").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertRun(importFile(sample), 1000, 0, 0);
		assertRun(importFile(sample), 0, 0, 1000);
		assertThat(clients()).isEqualTo(1000);
	}

	@Test
	void aChangedRowUpdatesTheClientAndAnEndedBenefitIsOutflowOnItsDate() throws Exception {
		importFile(HEADER + person(1, "Jan", "PARTICIPATIEWET:2019-03-01", "KP4;2019-06-01", ""));
		LocalDate ended = LocalDate.now().minusDays(3);

		UUID changed = importFile(
				HEADER + person(1, "Johannes", "PARTICIPATIEWET:2019-03-01:" + ended + ":WORK", "KP4;2019-06-01", ""));

		assertRun(changed, 0, 1, 0);
		assertThat(this.jdbc.sql("select given_name from client where municipality_id = ?")
			.params(this.municipality.id())
			.query(String.class)
			.single()).isEqualTo("Johannes");
		assertThat(this.jdbc.sql("select end_reason from benefit_period where municipality_id = ?")
			.params(this.municipality.id())
			.query(String.class)
			.single()).isEqualTo("WORK");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("select count(*) from route_event where municipality_id = ? and kind = 'OUTFLOW'") == 1);
		this.mvc.perform(get("/api/v1/reports/routes?date=" + ended.minusDays(1)).with(user(this.manager)))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/reports/routes?date=" + ended).with(user(this.manager)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/reports/outflow?from=" + ended.minusDays(1) + "&until=" + ended)
				.with(user(this.manager)))
			.andExpect(jsonPath("$.outflow.WORK").value(1));
	}

	@Test
	void aNewClientWhoseBenefitEndedAfterTheDecisionArrivesWithTheOutflowThatEndedTheRoute() throws Exception {
		LocalDate ended = LocalDate.now().minusMonths(2);

		importFile(HEADER + person(1, "Jan", "PARTICIPATIEWET:2019-03-01:" + ended + ":MOVED", "KP4;2019-06-01", "")
				+ person(2, "Piet", "PARTICIPATIEWET:2019-03-01:2019-05-01:WORK", "KP4;2019-06-01", ""));

		assertThat(count("select count(*) from route_event where municipality_id = ? and kind = 'OUTFLOW' "
				+ "and reason = 'MOVED' and effective_date = '" + ended + "'"))
			.isEqualTo(1);
		this.mvc.perform(get("/api/v1/reports/routes?date=" + ended.minusDays(1)).with(user(this.manager)))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/v1/reports/routes?date=" + ended).with(user(this.manager)))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/reports/outflow?from=" + ended + "&until=" + ended).with(user(this.manager)))
			.andExpect(jsonPath("$.outflow.MOVED").value(1));
		assertThat(count("select count(*) from task where municipality_id = ?")).as("no worklist noise").isZero();
	}

	@Test
	void anImportStoppedByAFailureContinuesWhereItStoppedWithNoRowTwiceAndNoneLost() throws Exception {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 1; i <= 2500; i++) {
			file.append(person(i, i == 2100 ? "Crash" : "Persoon", "PARTICIPATIEWET:2019-03-01", "KP4;2019-06-01", ""));
		}
		this.owner.execute("""
				create or replace function import_test_crash() returns trigger language plpgsql as $$
				begin
				    if new.given_name = 'Crash' then raise exception 'crash for the test'; end if;
				    return new;
				end $$""", "create trigger import_test_crash before insert on client for each row "
				+ "execute function import_test_crash()");
		UUID id;
		try {
			id = start(file.toString(), false);
			awaitFinished(id);
			assertThat(runStatus(id)).isEqualTo("FAILED");
			assertThat(clients()).as("the first batch").isEqualTo(ImportJob.APPLY_CHUNK);
		}
		finally {
			this.owner.execute("drop trigger import_test_crash on client", "drop function import_test_crash()");
		}

		this.mvc.perform(post("/admin/imports/" + id + "/resume").with(csrf()).with(user(this.administrator)))
			.andExpect(status().is3xxRedirection());
		awaitFinished(id);

		assertRun(id, 2500, 0, 0);
		assertThat(clients()).isEqualTo(2500);
		assertThat(count("select count(*) from route_event where municipality_id = ?")).isEqualTo(2500);
	}

	@Test
	void rowsOfAnotherMunicipalitysFileNeverTouchThisOne() throws Exception {
		importFile(HEADER + person(1, "Jan", "PARTICIPATIEWET:2019-03-01", "KP4;2019-06-01", ""));
		Fixtures.Municipality other = this.fixtures.municipality();
		CurrentUser otherAdministrator = other.user(Role.ADMINISTRATOR);

		UUID id = start(HEADER + person(1, "Ander", "PARTICIPATIEWET:2018-01-01", "KP3;2018-02-01", ""), false,
				otherAdministrator);
		awaitFinished(id);

		assertThat(this.jdbc.sql("select given_name from client where municipality_id = ?")
			.params(this.municipality.id())
			.query(String.class)
			.single()).isEqualTo("Jan");
		assertThat(this.jdbc.sql("select count(*) from client where municipality_id = ?")
			.params(other.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyAnAdministratorStartsAnImport() throws Exception {
		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.MANAGER }) {
			this.mvc
				.perform(post("/api/v1/imports").contentType("text/csv")
					.content(HEADER)
					.with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from import_run where municipality_id = ?")).isZero();
	}

	private UUID importFile(String file) throws Exception {
		UUID id = start(file, false);
		awaitFinished(id);
		assertThat(runStatus(id)).isEqualTo("DONE");
		return id;
	}

	private UUID start(String file, boolean dryRun) throws Exception {
		return start(file, dryRun, this.administrator);
	}

	private UUID start(String file, boolean dryRun, CurrentUser importer) throws Exception {
		String location = this.mvc
			.perform(
					post("/api/v1/imports?dryRun=" + dryRun).contentType("text/csv").content(file).with(user(importer)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private void assertRun(UUID id, int created, int updated, int unchanged) {
		assertThat(this.jdbc
			.sql("select rows_created, rows_updated, rows_unchanged, rows_refused from import_run " + "where id = ?")
			.params(id)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) })
			.single()).containsExactly(created, updated, unchanged, 0);
	}

	private void awaitFinished(UUID id) {
		await().atMost(Duration.ofSeconds(120)).until(() -> !"RUNNING".equals(runStatus(id)));
	}

	private String runStatus(UUID id) {
		return this.jdbc.sql("select status from import_run where id = ?").params(id).query(String.class).single();
	}

	private int clients() {
		return count("select count(*) from client where municipality_id = ?");
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).params(this.municipality.id()).query(Integer.class).single();
	}

	/**
	 * A row of the CSV layout for the n-th person of a file (the BSN follows from n).
	 */
	static String person(int n, String givenName, String benefits, String profileAndDate, String household) {
		return bsn(n) + ";" + givenName + ";;Jansen;1980-04-12;Markt;" + n + ";4101AB;Culemborg;" + benefits + ";"
				+ profileAndDate + ";" + household + "\n";
	}

	static String bsn(int n) {
		for (int seed = n * 10;; seed++) {
			String eight = String.format("%08d", 10_000_000 + seed);
			int check = Bsn.checkDigit(eight);
			if (check >= 0) {
				return eight + check;
			}
		}
	}

}
