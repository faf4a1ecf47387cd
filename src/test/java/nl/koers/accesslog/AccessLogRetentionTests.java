package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.privacy.api.AgedRecords.Removal;
import nl.koers.system.DutchTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log after its period (5 years by default, counted per entry): a retention
 * run drops the months that ended before it and deletes older entries of the default
 * partition, for every municipality at once, records with each municipality what of its
 * log went, and keeps everything younger, also the older entries of the month the period
 * ends in.
 */
@KoersTest
class AccessLogRetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLogStore store;

	@Autowired
	PlatformTransactionManager transactions;

	Municipality municipality;

	Municipality other;

	CurrentUser administrator;

	Instant cutoff;

	Instant longAgo;

	String expiredMonth;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.other = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.cutoff = LocalDate.now(DutchTime.ZONE).minusYears(5).atStartOfDay(DutchTime.ZONE).toInstant();
		this.longAgo = this.cutoff.minus(550, ChronoUnit.DAYS);
		YearMonth expired = YearMonth.from(this.longAgo.atOffset(ZoneOffset.UTC));
		this.expiredMonth = "access_log_entry_%04d_%02d".formatted(expired.getYear(), expired.getMonthValue());
		partition(expired);
		partition(YearMonth.from(this.cutoff.atOffset(ZoneOffset.UTC)));
	}

	@Test
	void aRunRemovesTheExpiredMonthsOfEveryMunicipalityAndRecordsThemWithEach() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Instant inExpiredMonth = this.longAgo;
		entry(consultant, inExpiredMonth, first);
		entry(consultant, inExpiredMonth, second);
		entry(consultant, Instant.parse("1999-06-01T10:00:00Z"), first);
		entry(this.other.user(Role.CONSULTANT), inExpiredMonth, UUID.randomUUID());
		Instant startOfLastMonth = YearMonth.from(this.cutoff.atOffset(ZoneOffset.UTC))
			.atDay(1)
			.atStartOfDay()
			.toInstant(ZoneOffset.UTC)
			.plusSeconds(60);
		entry(consultant, startOfLastMonth, first);
		entry(consultant, this.cutoff.plus(400, ChronoUnit.DAYS), second);
		entry(consultant, this.cutoff.minusSeconds(3600), second);

		assertThat(page(this.administrator)).contains("plan-ACCESS_LOG");

		this.mvc.perform(post("/privacy/retention/run").with(csrf()).with(user(this.administrator)))
			.andExpect(status().isFound());

		assertThat(entriesOf(this.municipality)).containsExactlyInAnyOrder(startOfLastMonth,
				this.cutoff.minusSeconds(3600), this.cutoff.plus(400, ChronoUnit.DAYS));
		assertThat(entriesOf(this.other)).isEmpty();
		assertThat(
				this.jdbc.sql("select to_regclass(?) is null").param(this.expiredMonth).query(Boolean.class).single())
			.isTrue();
		assertThat(page(this.administrator)).contains("Toegangslog: 2 cliënt(en), 3 regels")
			.doesNotContain("plan-ACCESS_LOG");
		assertThat(page(this.other.user(Role.AUDITOR))).contains("Toegangslog: 1 cliënt(en), 1 regels");
	}

	@Test
	void theCountsOfTheDryRunAreWhatTheRemovalTakes() {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		UUID client = UUID.randomUUID();
		entry(consultant, this.longAgo, client);
		entry(consultant, this.longAgo.plusSeconds(60), client);
		AccessLogRetention retention = new AccessLogRetention(this.store);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		Map<UUID, Removal> removable = transaction.execute((status) -> retention.removable(this.cutoff));
		Map<UUID, Removal> removed = transaction.execute((status) -> retention.remove(this.cutoff));

		assertThat(removable.get(this.municipality.id())).isEqualTo(new Removal(1, 2));
		assertThat(removed).isEqualTo(removable);
		Map<UUID, Removal> afterwards = transaction.execute((status) -> retention.removable(this.cutoff));
		assertThat(afterwards).isEmpty();
	}

	@Test
	void withoutTheRetentionsMarkTheLogStillRefusesADelete() {
		entry(this.municipality.user(Role.CONSULTANT), Instant.parse("1998-03-01T10:00:00Z"), UUID.randomUUID());

		Throwable refused = catchThrowable(() -> this.jdbc.sql("delete from access_log_entry where municipality_id = ?")
			.param(this.municipality.id())
			.update());

		assertThat(refused).hasMessageContaining("the access log is append-only");
		assertThat(entriesOf(this.municipality)).hasSize(1);
	}

	private void partition(YearMonth month) {
		this.jdbc.sql("select access_log_create_partition(?)").param(month.atDay(1)).query().singleValue();
	}

	private void entry(CurrentUser user, Instant at, UUID clientId) {
		this.store.append(new NewEntries(at, user, List.of(clientId), AccessAction.READ, "test", "Test.read",
				AccessOutcome.SUCCESS, null, Map.of()));
	}

	private List<Instant> entriesOf(Municipality of) {
		return this.jdbc.sql("select occurred_at from access_log_entry where municipality_id = ?")
			.param(of.id())
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.list();
	}

	private String page(CurrentUser user) throws Exception {
		return this.mvc.perform(get("/privacy/retention").with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
