package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.conversation.api.AppointmentOutcome;
import nl.koers.conversation.api.PastAppointment;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.LifeDomain;
import nl.koers.conversation.api.NewContact;
import nl.koers.coordination.api.AdviceAnswer;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceRequest;
import nl.koers.coordination.api.AdviceRequests;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.Signal;
import nl.koers.coordination.api.SignalFollowUp;
import nl.koers.coordination.api.SignalKind;
import nl.koers.coordination.api.SignalStatus;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.reporting.WorkReport.ConsultantWork;
import nl.koers.reporting.WorkReport.CoordinationMonth;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work report on a fixed data set: two consultants, a client without case lead, a
 * coordinator and another municipality. The figures are exact when nothing is left out,
 * small numbers are left out (with one more where a total would give them away), managers
 * never see a client's name, and no other municipality's work ever shows.
 */
@KoersTest
class WorkReportTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Appointments appointments;

	@Autowired
	Contacts contacts;

	@Autowired
	AdviceRequests advice;

	@Autowired
	Signals signals;

	@Autowired
	WorkReportService work;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	LocalDate today;

	Municipality municipality;

	CurrentUser first;

	CurrentUser second;

	CurrentUser coordinator;

	CurrentUser manager;

	Map<String, UUID> clients = new HashMap<>();

	Municipality other;

	CurrentUser elsewhere;

	@BeforeEach
	void setUp() {
		this.today = LocalDate.now(this.clock);
		this.municipality = this.fixtures.municipality();
		this.first = this.municipality.user(Role.CONSULTANT);
		this.second = this.municipality.user(Role.CONSULTANT);
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.manager = this.municipality.user(Role.MANAGER);
		LocalDate start = this.today.minusDays(200);
		// the first consultant: 3 under investigation, 2 at rest (review due 4 days ago),
		// 1 on care support reviewed in a week, 1 on care support whose review is overdue
		for (int i = 1; i <= 7; i++) {
			kp4(this.first, "a" + i, start);
		}
		rest("a4");
		rest("a5");
		care("a6", this.today.minusMonths(3).plusDays(7));
		care("a7", this.today.minusMonths(4));
		client(this.first, "notKp4");
		// the second consultant: 6 under investigation since a month
		for (int i = 1; i <= 6; i++) {
			kp4(this.second, "b" + i, this.today.minusDays(30));
		}
		// a KP4 client without case lead
		kp4(this.coordinator, "u1", start);

		held(this.first, "a1", this.today.minusDays(10));
		contact(this.first, "a2", this.today.minusDays(100), false);
		contact(this.first, "a3", this.today.minusDays(5), true);
		noShow(this.first, "a4", this.today.minusDays(3));
		noShow(this.second, "b1", this.today.minusDays(2));
		contact(this.second, "b1", this.today.minusDays(1), false);
		held(this.second, "b2", this.today.minusDays(40));

		AdviceRequest one = this.advice.ask(this.first, new AdviceQuestion("Welke zorg past?", id("a1")));
		AdviceRequest two = this.advice.ask(this.second, new AdviceQuestion("Wie kan helpen?", null));
		this.advice.answer(this.coordinator, one.id(), new AdviceAnswer("Bel de wijkteams."));
		this.advice.answer(this.coordinator, two.id(), new AdviceAnswer("De GGZ."));
		this.jdbc.sql("update advice_request set asked_at = answered_at - interval '1 day' where id = ?")
			.param(one.id())
			.update();
		this.jdbc.sql("update advice_request set asked_at = answered_at - interval '3 days' where id = ?")
			.param(two.id())
			.update();
		Signal signal = this.signals.raise(this.first, id("a2"),
				new NewSignal(SignalKind.ADDICTION, "Drinkt veel", this.today));
		this.jdbc.sql("update coordination_signal set raised_at = raised_at - interval '4 days' where id = ?")
			.param(signal.id())
			.update();
		this.signals.followUp(this.coordinator, signal.id(),
				new SignalFollowUp(SignalStatus.IN_PROGRESS, this.today, "Gebeld"));
		this.signals.followUp(this.coordinator, signal.id(),
				new SignalFollowUp(SignalStatus.IN_PROGRESS, this.today, "Nog eens gebeld"));

		// another municipality, busy with the same kind of work
		this.other = this.fixtures.municipality();
		this.elsewhere = this.other.user(Role.CONSULTANT);
		for (int i = 1; i <= 6; i++) {
			kp4(this.elsewhere, "o" + i, start);
		}
		rest("o1");
		held(this.elsewhere, "o2", this.today.minusDays(3));
		noShow(this.elsewhere, "o3", this.today.minusDays(3));
		this.advice.ask(this.elsewhere, new AdviceQuestion("Elders", null));
	}

	@Test
	void countsTheWorkOfEachConsultantExactly() {
		WorkReport report = this.work.report(this.municipality.id(), this.today, 1);

		assertThat(report.suppressed()).isFalse();
		assertThat(report.consultants()).extracting(ConsultantWork::consultantId)
			.containsExactlyInAnyOrder(this.first.id(), this.second.id());
		ConsultantWork first = row(report, this.first);
		assertThat(first.caseload()).containsEntry(Route.INVESTIGATION, 3L)
			.containsEntry(Route.REST, 2L)
			.containsEntry(Route.CARE_SUPPORT, 2L)
			.containsEntry(Route.TOWARDS_KP3, 0L);
		assertThat(first.caseloadTotal()).isEqualTo(7);
		assertThat(first.reviewsOverdue()).isEqualTo(3);
		assertThat(first.reviewsDue()).isEqualTo(1);
		assertThat(first.noShowsOpen()).isEqualTo(1);
		assertThat(first.withoutContact90()).isEqualTo(6);
		assertThat(first.medianDaysSinceContact()).isEqualByComparingTo("55.0");
		assertThat(first.conversations())
			.isEqualTo(perMonth(report, this.today.minusDays(10), this.today.minusDays(100)));

		ConsultantWork second = row(report, this.second);
		assertThat(second.caseload()).containsEntry(Route.INVESTIGATION, 6L).containsEntry(Route.REST, 0L);
		assertThat(second.reviewsOverdue()).isZero();
		assertThat(second.reviewsDue()).isZero();
		assertThat(second.noShowsOpen()).as("contact restored the day after the no-show").isZero();
		assertThat(second.withoutContact90()).isEqualTo(4);
		assertThat(second.medianDaysSinceContact()).isEqualByComparingTo("20.5");
		assertThat(second.conversations())
			.isEqualTo(perMonth(report, this.today.minusDays(1), this.today.minusDays(40)));

		assertThat(report.unassigned().caseload()).containsEntry(Route.INVESTIGATION, 1L);
		assertThat(report.unassigned().withoutContact90()).isEqualTo(1);
		assertThat(report.unassigned().medianDaysSinceContact()).isNull();

		ConsultantWork team = report.team();
		assertThat(team.caseload()).containsEntry(Route.INVESTIGATION, 10L)
			.containsEntry(Route.REST, 2L)
			.containsEntry(Route.CARE_SUPPORT, 2L);
		assertThat(team.caseloadTotal()).isEqualTo(14);
		assertThat(team.reviewsOverdue()).isEqualTo(3);
		assertThat(team.reviewsDue()).isEqualTo(1);
		assertThat(team.noShowsOpen()).isEqualTo(1);
		assertThat(team.withoutContact90()).isEqualTo(11);
		assertThat(team.medianDaysSinceContact()).isEqualByComparingTo("25.0");
		assertThat(team.conversations().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
	}

	@Test
	void countsTheCoordinationPointsWorkPerMonth() {
		WorkReport report = this.work.report(this.municipality.id(), this.today, 1);

		assertThat(report.coordination().months()).hasSize(12);
		assertThat(report.coordination().total().adviceReceived()).isEqualTo(2);
		assertThat(report.coordination().total().adviceAnswered()).isEqualTo(2);
		assertThat(report.coordination().total().signalsReceived()).isEqualTo(1);
		assertThat(report.coordination().total().signalsAnswered()).as("the first follow-up only").isEqualTo(1);
		CoordinationMonth now = report.coordination().months().get(11);
		assertThat(now.month()).isEqualTo(this.today.withDayOfMonth(1));
		assertThat(now.adviceAnswered()).isEqualTo(2);
		assertThat(now.adviceMedianDays()).isEqualByComparingTo("2.0");
		assertThat(now.signalsAnswered()).isEqualTo(1);
		assertThat(now.signalsMedianDays()).isEqualByComparingTo("4.0");
	}

	@Test
	void leavesSmallNumbersOutSoThatTotalsCannotGiveThemAway() {
		WorkReport report = this.work.report(this.manager, this.today);

		assertThat(report.threshold()).isEqualTo(5);
		assertThat(report.suppressed()).isTrue();
		ConsultantWork first = row(report, this.first);
		assertThat(first.caseload().get(Route.INVESTIGATION)).isNull();
		assertThat(first.caseload().get(Route.REST)).isNull();
		assertThat(first.caseload().get(Route.TOWARDS_KP3)).isZero();
		assertThat(first.caseloadTotal()).isEqualTo(7);
		assertThat(first.withoutContact90()).isEqualTo(6);
		assertThat(first.medianDaysSinceContact()).as("over two clients").isNull();
		// the unassigned client's 1 would follow from 14 - 7 - 6: the second consultant's
		// total goes too, and then the one count left in that row
		assertThat(report.unassigned().caseloadTotal()).isNull();
		ConsultantWork second = row(report, this.second);
		assertThat(second.caseloadTotal()).isNull();
		assertThat(second.caseload().get(Route.INVESTIGATION)).isNull();
		assertThat(report.team().caseloadTotal()).isEqualTo(14);
		assertThat(report.team().caseload().get(Route.INVESTIGATION)).isEqualTo(10);
		assertThat(report.team().reviewsOverdue()).isNull();
		assertThat(report.team().withoutContact90()).isEqualTo(11);
		assertThat(report.coordination().total().adviceReceived()).isNull();
	}

	@Test
	void thePageShowsLeftOutCountsAndNoClientNamesToManagers() throws Exception {
		String page = this.mvc.perform(get("/reports/work").with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(this.first.displayName(), this.second.displayName(), "&lt; 5",
				"Aantallen onder de 5 zijn weggelaten");
		assertThat(page).doesNotContain("Klant-", "/reports/work/clients", this.elsewhere.displayName());
		this.mvc
			.perform(get("/reports/work/clients").param("consultant", this.first.id().toString())
				.param("list", "OVERDUE_REVIEWS")
				.with(user(this.manager)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/work").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team.caseloadTotal").value(14))
			.andExpect(jsonPath("$.suppressed").value(true))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Klant-"))));
	}

	@Test
	void coordinatorsSeeTheClientsBehindOverdueReviewsAndMissingContact() throws Exception {
		String page = this.mvc.perform(get("/reports/work").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/reports/work/clients?consultant=" + this.first.id());

		String overdue = this.mvc
			.perform(get("/reports/work/clients").param("consultant", this.first.id().toString())
				.param("list", "OVERDUE_REVIEWS")
				.param("date", this.today.toString())
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overdue).contains(name("a4"), name("a5"), name("a7"), "/clients/" + id("a4"))
			.doesNotContain(name("a6"), name("a1"));

		String silent = this.mvc
			.perform(get("/reports/work/clients").param("consultant", this.second.id().toString())
				.param("list", "NO_CONTACT")
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(silent).contains(name("b3"), name("b4"), name("b5"), name("b6"))
			.doesNotContain(name("b1"), name("b2"));
		assertThat(
				this.jdbc.sql("select count(*) from access_log_entry where user_id = ? and client_id in (?, ?, ?, ?)")
					.params(this.coordinator.id(), id("b3"), id("b4"), id("b5"), id("b6"))
					.query(Long.class)
					.single())
			.as("each name shown is logged")
			.isEqualTo(4);

		this.mvc
			.perform(get("/reports/work/clients").param("consultant", this.elsewhere.id().toString())
				.param("list", "NO_CONTACT")
				.with(user(this.coordinator)))
			.andExpect(status().isNotFound());
	}

	@Test
	void consultantsInstitutionWorkersAndContractManagersGetNothing() throws Exception {
		for (Role role : List.of(Role.CONSULTANT, Role.INSTITUTION_WORKER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR,
				Role.AUDITOR)) {
			CurrentUser someone = this.municipality.user(role);
			this.mvc.perform(get("/reports/work").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/reports/work").with(user(someone)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
			this.mvc
				.perform(get("/reports/work/clients").param("consultant", this.first.id().toString())
					.param("list", "NO_CONTACT")
					.with(user(someone)))
				.andExpect(status().isForbidden());
			assertThatThrownBy(() -> this.work.report(someone, this.today)).isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void anotherMunicipalitysWorkNeverShows() throws Exception {
		CurrentUser otherManager = this.other.user(Role.MANAGER);
		WorkReport theirs = this.work.report(this.other.id(), this.today, 1);
		assertThat(theirs.consultants()).extracting(ConsultantWork::consultantId).containsExactly(this.elsewhere.id());
		assertThat(theirs.team().caseloadTotal()).isEqualTo(6);
		assertThat(theirs.team().reviewsOverdue()).isEqualTo(1);
		assertThat(theirs.team().noShowsOpen()).isEqualTo(1);
		assertThat(theirs.coordination().total().adviceReceived()).isEqualTo(1);

		WorkReport ours = this.work.report(this.municipality.id(), this.today, 1);
		assertThat(ours.consultants()).extracting(ConsultantWork::consultantId).doesNotContain(this.elsewhere.id());

		this.mvc.perform(get("/api/v1/reports/work").param("date", this.today.toString()).with(user(otherManager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consultants.length()").value(1))
			.andExpect(jsonPath("$.consultants[0].consultantId").value(this.elsewhere.id().toString()))
			.andExpect(jsonPath("$.team.caseloadTotal").value(6));
	}

	@Test
	void theApiRefusesAMalformedDateWithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/reports/work").param("date", "3-12-2026").with(user(this.manager)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	private ConsultantWork row(WorkReport report, CurrentUser consultant) {
		return report.consultants()
			.stream()
			.filter(row -> consultant.id().equals(row.consultantId()))
			.findFirst()
			.orElseThrow();
	}

	private static List<Long> perMonth(WorkReport report, LocalDate... days) {
		List<Long> counts = new ArrayList<>();
		for (LocalDate month : report.months()) {
			counts.add(Set.of(days).stream().filter(day -> YearMonth.from(day).equals(YearMonth.from(month))).count());
		}
		return counts;
	}

	private UUID id(String key) {
		return this.clients.get(key);
	}

	private String name(String key) {
		return "Klant-" + key + "-" + this.municipality.id().toString().substring(0, 8);
	}

	private void client(CurrentUser lead, String key) {
		Fixtures.ClientBuilder details = Fixtures.details().name("Piet", name(key));
		this.clients.put(key, this.municipality(lead).client(lead, details).id());
	}

	private Municipality municipality(CurrentUser user) {
		return user.municipalityId().equals(this.municipality.id()) ? this.municipality : this.other;
	}

	private void kp4(CurrentUser lead, String key, LocalDate from) {
		client(lead, key);
		this.routes.decideProfile(lead, id(key), new ProfileDecision(ClientProfile.KP4, from, "Intake", null));
	}

	private void rest(String key) {
		this.routes.changeRoute(this.coordinator(key), id(key),
				new RouteChange(Route.REST, this.today.minusDays(100), "Rust", this.today.plusDays(10), null));
	}

	private void care(String key, LocalDate from) {
		this.routes.changeRoute(this.coordinator(key), id(key),
				new RouteChange(Route.CARE_SUPPORT, from, "Zorg eerst", null, null));
	}

	private CurrentUser coordinator(String key) {
		return key.startsWith("o") ? this.elsewhere : this.first;
	}

	private void held(CurrentUser consultant, String key, LocalDate day) {
		this.appointments.recordPast(consultant, id(key), new PastAppointment(day.atTime(10, 0), Channel.FACE_TO_FACE,
				null, null, AppointmentOutcome.HELD, "Goed gesprek", Set.of(LifeDomain.WORK), "Over een maand weer"));
	}

	private void noShow(CurrentUser consultant, String key, LocalDate day) {
		this.appointments.recordPast(consultant, id(key), new PastAppointment(day.atTime(9, 0), Channel.PHONE, null,
				null, AppointmentOutcome.NO_SHOW, null, null, null));
	}

	private void contact(CurrentUser consultant, String key, LocalDate day, boolean refused) {
		this.contacts.record(consultant, id(key),
				new NewContact(LocalDateTime.of(day, java.time.LocalTime.of(11, 0)), Channel.PHONE, "Gebeld", refused));
	}

	static BigDecimal days(String value) {
		return new BigDecimal(value);
	}

}
