package nl.koers.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.Households;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.NewContact;
import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.Documents;
import nl.koers.document.api.NewDocument;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.privacy.RetentionStore.RunRecord;
import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.Erasure;
import nl.koers.privacy.api.RecordKind;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention over the modules: five clients whose benefit ended in 2014 (one with data in
 * every module), one of them under a legal hold, a client whose benefit ended last year,
 * and an expired client of another municipality. One run erases the expired clients of
 * the administrator's municipality completely, exactly as the dry run said, leaves the
 * others as they were and keeps the route reports of the past equal.
 */
@KoersTest
class RetentionTests {

	static final LocalDate START = LocalDate.of(2012, 3, 1);

	static final LocalDate END = LocalDate.of(2014, 12, 31);

	/**
	 * An outflow's reason is a code, not free text; the reports count it, so it stays.
	 */
	static final String OUTFLOW_CODES = " and kind <> 'OUTFLOW'";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ClientRecords> records;

	@Autowired
	RetentionService retention;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Benefits benefits;

	@Autowired
	Routes routes;

	@Autowired
	Goals goals;

	@Autowired
	Agreements agreements;

	@Autowired
	Contacts contacts;

	@Autowired
	Assessments assessments;

	@Autowired
	Documents documents;

	@Autowired
	Households households;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser coordinator;

	CurrentUser administrator;

	CurrentUser auditor;

	CurrentUser manager;

	UUID full;

	List<UUID> expired = new ArrayList<>();

	UUID held;

	UUID recent;

	UUID elsewhere;

	@BeforeEach
	void setUp() throws Exception {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.auditor = this.municipality.user(Role.AUDITOR);
		this.manager = this.municipality.user(Role.MANAGER);
		this.full = client(this.municipality, this.consultant, END);
		fill(this.full);
		this.expired.add(this.full);
		for (int i = 0; i < 4; i++) {
			this.expired.add(client(this.municipality, this.consultant, END));
		}
		this.held = client(this.municipality, this.consultant, END);
		fill(this.held);
		this.recent = client(this.municipality, this.consultant, LocalDate.now().minusYears(1));
		fill(this.recent);
		Municipality other = this.fixtures.municipality();
		this.elsewhere = client(other, other.user(Role.CONSULTANT), END);
		this.mvc
			.perform(post("/clients/{id}/legal-hold", this.held).param("reason", "Beroep bij de rechtbank loopt")
				.with(csrf())
				.with(ReasonOfAccess.userWithReason(this.mvc, this.coordinator, this.held)))
			.andExpect(status().isFound());
	}

	@Test
	void aRunErasesEveryModulesRowsOfTheExpiredClientsAsTheDryRunSaidAndNothingElse() throws Exception {
		Map<String, Integer> before = rowsOf(this.full);
		assertThat(before.values().stream().filter((n) -> n > 0).count())
			.as("the full client has rows in many tables: " + before)
			.isGreaterThanOrEqualTo(15);
		Map<String, String> heldBefore = snapshot(this.held);
		Map<String, String> recentBefore = snapshot(this.recent);
		Map<String, String> elsewhereBefore = snapshot(this.elsewhere);
		List<String> reportsBefore = reports();

		RetentionPlan plan = this.retention.plan(this.municipality.id(), LocalDate.now());
		assertThat(plan.clients()).extracting((c) -> c.clientId())
			.containsExactlyInAnyOrderElementsOf(concat(this.expired, this.held));
		assertThat(plan.held()).isEqualTo(1);
		assertThat(plan.complete()).isEqualTo(5);
		assertThat(plan.kinds().get(RecordKind.FILE).clients()).isEqualTo(5);

		this.mvc.perform(post("/privacy/retention/run").with(csrf()).with(user(this.administrator)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/privacy/retention"));

		RunRecord run = this.retention.overview(this.administrator).runs().get(0);
		assertThat(run.clientsErased()).isEqualTo(5);
		assertThat(run.clientsHeld()).isEqualTo(1);
		assertThat(run.clientsFailed()).isZero();
		assertThat(run.kinds()).isEqualTo(plan.kinds());
		for (UUID client : this.expired) {
			assertErased(client);
		}
		assertThat(snapshot(this.held)).isEqualTo(heldBefore);
		assertThat(snapshot(this.recent)).isEqualTo(recentBefore);
		assertThat(snapshot(this.elsewhere)).isEqualTo(elsewhereBefore);
		assertThat(reports()).isEqualTo(reportsBefore);
		assertThat(this.retention.plan(this.municipality.id(), LocalDate.now()).clients())
			.extracting((c) -> c.clientId())
			.containsExactly(this.held);
		String page = this.mvc.perform(get("/privacy/retention").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("run-" + run.id(), "Dossier: 5 cliënt(en)", "planned-" + this.held)
			.doesNotContain("planned-" + this.full);
		String elsewhere = this.mvc
			.perform(get("/privacy/retention").with(user(this.fixtures.municipality().user(Role.AUDITOR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(elsewhere).doesNotContain(this.held.toString(), run.id().toString());
	}

	@Test
	void anErasedClientIsGoneFromTheFileTheListsAndTheApi() throws Exception {
		this.retention.runNow(this.administrator);
		this.mvc.perform(get("/clients/{id}", this.full).with(user(this.coordinator))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients/{id}", this.full).with(user(this.coordinator)))
			.andExpect(status().isNotFound());
		String list = this.mvc.perform(get("/clients").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(this.full.toString()).contains(this.held.toString());
	}

	@Test
	void liftingTheHoldLetsTheNextRunEraseTheClient() throws Exception {
		this.mvc
			.perform(post("/clients/{id}/legal-hold/lift", this.held).param("reason", "Uitspraak is onherroepelijk")
				.with(csrf())
				.with(ReasonOfAccess.userWithReason(this.mvc, this.coordinator, this.held)))
			.andExpect(status().isFound());
		this.retention.runNow(this.administrator);
		assertErased(this.held);
		String holds = this.jdbc.sql("select count(*) from legal_hold where client_id = ?")
			.param(this.held)
			.query(String.class)
			.single();
		assertThat(holds).isEqualTo("0");
	}

	@Test
	void onlyCoordinatorsSetHoldsAndAReasonIsRequired() throws Exception {
		this.mvc
			.perform(post("/clients/{id}/legal-hold", this.recent).param("reason", "Bezwaar")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/clients/{id}/legal-hold", this.recent).param("reason", " ")
				.with(csrf())
				.with(ReasonOfAccess.userWithReason(this.mvc, this.coordinator, this.recent)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/clients/{id}/legal-hold", this.elsewhere).param("reason", "Bezwaar")
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/clients/{id}/legal-hold", this.held)
				.with(ReasonOfAccess.userWithReason(this.mvc, this.coordinator, this.held)))
			.andExpect(status().isOk());
	}

	@Test
	void thePageIsForTheAuditorAndTheAdministratorAndShowsNoNames() throws Exception {
		String page = this.mvc.perform(get("/privacy/retention").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.full.toString(), this.held.toString())
			.doesNotContain(this.elsewhere.toString(), "Vergeten", "Retentie-Cliënt")
			.doesNotContain("/privacy/retention/run");
		this.mvc.perform(get("/privacy/retention").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/privacy/retention/run")));
		for (CurrentUser refused : List.of(this.consultant, this.coordinator, this.manager)) {
			this.mvc.perform(get("/privacy/retention").with(user(refused))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/privacy/retention/run").with(csrf()).with(user(this.auditor)))
			.andExpect(status().isForbidden());
		assertThat(snapshot(this.full)).isNotEmpty();
		assertThat(rowsOf(this.full).get("client")).isEqualTo(1);
	}

	@Test
	void theRouteHistoryStaysAppendOnlyAndTheErasureMayOnlyClearReasons() {
		assertThat(catchThrowable(() -> this.jdbc.sql("update route_event set reason = null where client_id = ?")
			.param(this.recent)
			.update())).hasMessageContaining("append-only");
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select set_config('koers.erasure', 'on', true)").query().singleValue();
			assertThat(catchThrowable(
					() -> this.jdbc.sql("delete from route_event where client_id = ?").param(this.recent).update()))
				.hasMessageContaining("append-only");
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select set_config('koers.erasure', 'on', true)").query().singleValue();
			assertThat(catchThrowable(() -> this.jdbc
				.sql("update route_event set effective_date = effective_date + 1 where client_id = ?")
				.param(this.recent)
				.update())).hasMessageContaining("append-only");
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.sql("select current_setting('koers.erasure', true)").query(String.class).optional())
			.as("the setting ends with its transaction")
			.isNotEqualTo(java.util.Optional.of("on"));
	}

	private void assertErased(UUID client) {
		for (ClientTable table : tables()) {
			if (table.erasure() == Erasure.DELETE) {
				assertThat(count(table, client)).as(table.name() + " of an erased client").isZero();
			}
			else if (table.erasure() == Erasure.ANONYMISE) {
				for (String column : table.clearedColumns()) {
					assertThat(this.jdbc
						.sql("select count(*) from " + table.name() + " where (" + table.clientFilter() + ") and "
								+ column + " is not null" + (table.name().equals("route_event") ? OUTFLOW_CODES : ""))
						.param(client)
						.query(Integer.class)
						.single()).as(table.name() + "." + column + " of an erased client").isZero();
				}
			}
		}
		assertThat(this.jdbc.sql("select erased_on is not null and search_name is null from client where id = ?")
			.param(client)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private UUID client(Municipality where, CurrentUser consultant, LocalDate end) {
		UUID client = where
			.client(consultant,
					Fixtures.details()
						.name("Vergeten", "Retentie-Cliënt")
						.dateOfBirth(LocalDate.of(1980, 5, 1))
						.benefitStartDate(START)
						.caseLead(consultant.id()))
			.id();
		this.routes.decideProfile(consultant, client,
				new ProfileDecision(ClientProfile.KP4, START.plusMonths(1), "Meerdere problemen, geen werk", null));
		BenefitPeriodView period = this.benefits.periods(consultant, client).get(0);
		this.benefits.end(consultant, client, period.id(),
				new BenefitEnd(end, BenefitEndReason.WORK, period.version()));
		return client;
	}

	private void fill(UUID client) {
		CurrentUser lead = this.consultant;
		this.goals.set(lead, client, new NewGoal(GoalCategory.DAILY_RHYTHM, "Elke dag op tijd op", START));
		this.agreements.make(lead, client, new NewAgreement("Komt naar de afspraken", START, null, null, null));
		this.contacts.record(lead, client,
				new NewContact(LocalDateTime.of(2013, 2, 1, 10, 0), Channel.PHONE, "Gebeld over de afspraak", false));
		this.assessments.record(lead, client,
				new NewAssessment(null, START.plusMonths(2), Map.of("WORK", 2, "HEALTH_AND_ADDICTION", 3,
						"SOCIAL_ENVIRONMENT", 3, "HOUSING_AND_FINANCES", 4, "JUSTICE", 5), Map.of(),
						"Eerste diagnose"));
		this.documents.file(lead, client,
				new NewDocument(DocumentKind.UPLOAD, "Verklaring", "verklaring.pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
		long version = this.households.household(lead, client).version();
		HouseholdMember child = new HouseholdMember(HouseholdRelation.CHILD, "Kind", null, "Vergeten",
				LocalDate.of(2010, 1, 1), null);
		this.households.replaceMembers(lead, client, new HouseholdMembers(List.of(child), version));
	}

	private Map<String, Integer> rowsOf(UUID client) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (ClientTable table : tables()) {
			rows.put(table.name(), count(table, client));
		}
		return rows;
	}

	private Map<String, String> snapshot(UUID client) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (ClientTable table : tables()) {
			List<Map<String, Object>> found = this.jdbc
				.sql("select * from " + table.name() + " where " + table.clientFilter() + " order by 1, 2")
				.param(client)
				.query()
				.listOfRows();
			found.forEach((row) -> row
				.replaceAll((column, value) -> (value instanceof byte[] bytes) ? Arrays.toString(bytes) : value));
			rows.put(table.name(), found.toString());
		}
		return rows;
	}

	private int count(ClientTable table, UUID client) {
		return this.jdbc.sql("select count(*) from " + table.name() + " where " + table.clientFilter())
			.param(client)
			.query(Integer.class)
			.single();
	}

	private List<ClientTable> tables() {
		return this.records.stream().flatMap((bean) -> bean.tables().stream()).toList();
	}

	private List<String> reports() throws Exception {
		List<String> answers = new ArrayList<>();
		for (String date : List.of("2012-06-01", "2013-01-01", "2014-06-01", "2015-06-01")) {
			answers.add(answer(get("/api/v1/reports/routes").param("date", date)));
		}
		answers.add(answer(get("/api/v1/reports/outflow").param("from", "2014-01-01").param("until", "2015-12-31")));
		answers.add(answer(get("/api/v1/reports/flows").param("from", "2012-01-01").param("until", "2015-12-31")));
		return answers;
	}

	private String answer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<UUID> concat(List<UUID> first, UUID second) {
		List<UUID> all = new ArrayList<>(first);
		all.add(second);
		return all;
	}

}
