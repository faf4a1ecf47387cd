package nl.koers.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.Channel;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conversations section of the client file with its forms, and the agenda: what they
 * show, in Dutch and English, who may use them, and the access log.
 */
@KoersTest
class ConversationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AppointmentService appointments;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	String page;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.consultant.id()));
		this.page = "/clients/" + this.client.id() + "/conversations";
	}

	@Test
	void theCaseLeadPlansAConversationAndRecordsANoShow() throws Exception {
		LocalDate recent = LocalDate.now().minusDays(3);
		String shown = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(recent) + " 10:00";
		Document past = Jsoup.parse(send(post(this.page + "/appointments").param("plannedAt", recent + "T10:00")
			.param("channel", "HOME_VISIT")
			.param("location", "Thuis"), 422));
		assertThat(past.select("#plannedAt-error").text()).contains("niet in het verleden", "op zijn vroegst",
				"Afgelopen gesprek vastleggen");
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		this.mvc
			.perform(post(this.page + "/appointments").param("plannedAt", tomorrow + "T10:00")
				.param("channel", "PHONE")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(redirectedUrlPattern(this.page + "#appointment-*"))
			.andExpect(flash().attribute("flash", "conversation.flash.planned"));
		// Planned earlier, and its time has now passed (as the API may still plan it).
		UUID id = this.appointments
			.planAnyTime(this.consultant, this.client.id(),
					new AppointmentPlan(recent.atTime(10, 0), Channel.HOME_VISIT, "Thuis", null))
			.id();
		Document overview = page(this.page, this.consultant);
		assertThat(overview.select("#planned").text()).contains(shown, "Huisbezoek", "Thuis");
		assertThat(overview.select("#attention")).isEmpty();

		String outcome = this.page + "/appointments/" + id + "/outcome";
		assertThat(page(outcome, this.consultant).select("input[name=outcome]")).hasSize(3);
		Document invalid = Jsoup.parse(send(post(outcome).param("outcome", "HELD"), 400));
		assertThat(invalid.select("#summary-error").text()).isNotBlank();
		this.mvc.perform(post(outcome).param("outcome", "NO_SHOW").with(csrf()).with(user(this.consultant)))
			.andExpect(redirectedUrl(this.page));
		Document after = page(this.page, this.consultant);
		assertThat(after.select("#attention").text()).contains("Actief benaderen loopt",
				"Niet verschenen op het gesprek van " + shown);
		assertThat(after.select("#earlier").text()).contains("Niet verschenen", "Gepland op " + shown);
		assertThat(after.select("a[href=" + this.page + "/outreach/new]")).hasSize(1);
		assertThat(this.jdbc.sql("select action || ' ' || purpose from access_log_entry where client_id = ?")
			.param(this.client.id())
			.query(String.class)
			.list()).contains("UPDATE POST /clients/{clientId}/conversations/appointments",
					"UPDATE POST /clients/{clientId}/conversations/appointments/{id}/outcome");
		Document refused = Jsoup.parse(send(post(outcome).param("outcome", "HELD")
			.param("summary", "Toch")
			.param("lifeDomains", "WORK")
			.param("nextStep", "Niets"), 422));
		assertThat(refused.select("#outcome-error").text()).contains("niet meer gepland");
		redirect(post(this.page + "/outreach").param("method", "HOME_VISIT")
			.param("result", "CONTACT_RESTORED")
			.param("attemptedOn", LocalDate.now().toString()));
		assertThat(page(this.page, this.consultant).select("#attention").text())
			.doesNotContain("Actief benaderen loopt");
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where client_id = ? and action = 'UPDATE' "
					+ "and purpose = 'POST /clients/{clientId}/conversations/outreach'")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void reschedulingCancellingContactsAndOutreachThroughTheForms() throws Exception {
		int year = LocalDate.now().getYear() + 1;
		UUID id = this.appointments
			.plan(this.consultant, this.client.id(),
					new AppointmentPlan(LocalDate.of(year, 1, 12).atTime(10, 0), Channel.PHONE, null, null))
			.id();
		String appointment = this.page + "/appointments/" + id;
		assertThat(page(appointment + "/reschedule", this.consultant).select("#plannedAt").val())
			.startsWith(year + "-01-12T10:00");
		send(post(appointment + "/reschedule").param("plannedAt", year + "-01-14T11:00"), 400);
		Document intoThePast = Jsoup.parse(send(
				post(appointment + "/reschedule").param("plannedAt", "2026-01-14T11:00").param("reason", "Ziek"), 422));
		assertThat(intoThePast.select("#plannedAt-error").text()).contains("op zijn vroegst");
		redirect(post(appointment + "/reschedule").param("plannedAt", year + "-01-14T11:00").param("reason", "Ziek"));
		redirect(post(appointment + "/cancel").param("reason", "Verhuisd"));
		assertThat(page(this.page, this.consultant).select("#earlier").text()).contains("Geannuleerd",
				"Verzet van 12-01-" + year + " 10:00 naar 14-01-" + year + " 11:00", "Verhuisd");

		assertThat(page(this.page + "/contacts/new", this.consultant).select("#refused")).hasSize(1);
		redirect(post(this.page + "/contacts").param("occurredAt", "2026-01-15T09:00")
			.param("channel", "PHONE")
			.param("summary", "Belde zelf"));
		Document notOpen = Jsoup.parse(send(post(this.page + "/outreach").param("method", "LETTER")
			.param("result", "NO_RESPONSE")
			.param("attemptedOn", "2026-01-16"), 422));
		assertThat(notOpen.select("#result-error").text()).contains("hoeft nu niet actief benaderd");
		assertThat(page(this.page, this.consultant).select("#contacts").text()).contains("Belde zelf", "Telefonisch");
		assertThat(this.jdbc.sql("select action || ' ' || purpose from access_log_entry where client_id = ?")
			.param(this.client.id())
			.query(String.class)
			.list())
			.contains("READ GET /clients/{clientId}/conversations/appointments/{id}/{action:outcome|reschedule|cancel}",
					"UPDATE POST /clients/{clientId}/conversations/appointments/{id}/reschedule",
					"UPDATE POST /clients/{clientId}/conversations/appointments/{id}/cancel",
					"READ GET /clients/{clientId}/conversations/contacts/new",
					"UPDATE POST /clients/{clientId}/conversations/contacts");
	}

	@Test
	void theSectionIsAFragmentForHtmxAndRendersInEnglish() throws Exception {
		Document fragment = Jsoup
			.parse(this.mvc.perform(get(this.page).header("HX-Request", "true").with(user(this.consultant)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(fragment.select("header")).isEmpty();
		assertThat(fragment.select("h2").text()).isEqualTo("Gesprekken");
		Document english = page(this.page + "?lang=en", this.consultant);
		assertThat(english.select("h1").text()).isEqualTo("Petra Vermeulen");
		assertThat(english.select(".file-tabs a[aria-current=page]").text()).isEqualTo("Conversations");
		assertThat(english.text()).contains("Plan a conversation", "No conversations are planned.");
		assertThat(page(this.page + "/appointments/new?lang=en", this.consultant).select("label[for=channel]").text())
			.isEqualTo("Channel");
		assertThat(page("/clients/" + this.client.id(), this.consultant).select(".file-tabs a[href=" + this.page + "]"))
			.hasSize(1);
	}

	@Test
	void whoMaySeeAndRecord() throws Exception {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		RequestPostProcessor withReason = ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id());
		assertThat(Jsoup
			.parse(this.mvc.perform(get(this.page).with(withReason))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("a[href=" + this.page + "/appointments/new]")).isEmpty();
		this.mvc.perform(get(this.page + "/appointments/new").with(withReason)).andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.page + "/contacts").param("occurredAt", "2026-01-15T09:00")
				.param("channel", "PHONE")
				.param("summary", "x")
				.with(csrf())
				.with(withReason))
			.andExpect(status().isForbidden());
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser user = this.municipality.user(role);
			this.mvc.perform(get(this.page).with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/agenda").with(user(user))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get(this.page).with(user(this.municipality.user(Role.INSTITUTION_WORKER))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.page).with(user(this.fixtures.municipality().user(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
		page(this.page, this.consultant);
		assertThat(this.jdbc.sql("select action || ' ' || purpose from access_log_entry where client_id = ?")
			.param(this.client.id())
			.query(String.class)
			.list()).contains("READ GET /clients/{clientId}/conversations");
	}

	@Test
	void theAgendaShowsTheWeekWithTodayAndLinksToTheNeighbours() throws Exception {
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		this.appointments.planAnyTime(this.consultant, this.client.id(),
				new AppointmentPlan(monday.plusDays(2).atTime(9, 30), Channel.VIDEO, "Teams", null));
		Document agenda = page("/agenda", this.consultant);
		DateTimeFormatter dayAndMonth = DateTimeFormatter.ofPattern(
				monday.getYear() == monday.plusDays(4).getYear() ? "d MMMM" : "d MMMM yyyy",
				Locale.forLanguageTag("nl"));
		assertThat(agenda.select("h1").text()).contains(this.consultant.displayName(),
				"week " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", " + dayAndMonth.format(monday) + " – "
						+ dayAndMonth.format(monday.plusDays(4)));
		assertThat(agenda.select("section.agenda-day")).hasSize(7);
		assertThat(agenda.select("details.agenda-weekend section.agenda-day")).hasSize(2);
		assertThat(agenda.select("details.agenda-weekend:not([open]) summary").text())
			.isEqualTo("Weekend: geen gesprekken");
		assertThat(agenda.select("section.today")).hasSize(1);
		assertThat(agenda.select("section.today .badge").text()).isEqualTo("Vandaag");
		assertThat(agenda.select("#day-" + monday.plusDays(2)).text()).contains("09:30", "Petra Vermeulen",
				"Videobellen", "Teams");
		assertThat(agenda.select("#previous-week").attr("href")).contains(AgendaService.label(monday.minusWeeks(1)));
		assertThat(agenda.select("#next-week").attr("href")).contains(AgendaService.label(monday.plusWeeks(1)));
		assertThat(agenda.select("nav a[href=/agenda]")).hasSize(1);
		assertThat(agenda.select("#consultantId")).isEmpty();
		assertThat(page("/agenda?week=" + AgendaService.label(monday.plusWeeks(1)), this.consultant)
			.select("section.today")).isEmpty();
		assertThat(page("/agenda?lang=en", this.consultant).select("h1").text()).startsWith("Agenda of");

		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		assertThat(page("/agenda", coordinator).select("#consultantId option[selected]").text())
			.isEqualTo(coordinator.displayName());
		Document chosen = page("/agenda?consultantId=" + this.consultant.id(), coordinator);
		assertThat(chosen.select("#consultantId option[selected]").text()).isEqualTo(this.consultant.displayName());
		assertThat(chosen.select("#consultantId option")).extracting(option -> option.text())
			.contains(this.consultant.displayName());
		assertThat(chosen.text()).contains("Petra Vermeulen");
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where client_id = ? and action = 'LIST' and purpose = ?")
			.params(this.client.id(), "GET /agenda")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anAppointmentWhoseTimeHasPassedWithoutAnOutcomeIsFlaggedWithTheWayToRecordIt() throws Exception {
		LocalDateTime past = LocalDateTime.now().minusMinutes(10).withSecond(0).withNano(0);
		// Planned earlier; its time has now passed.
		AppointmentView appointment = this.appointments.planAnyTime(this.consultant, this.client.id(),
				new AppointmentPlan(past, Channel.PHONE, null, null));
		Document agenda = page("/agenda?week=" + AgendaService.label(past.toLocalDate()), this.consultant);

		Elements flagged = agenda.select("#day-" + past.toLocalDate() + " td.awaits-outcome");
		assertThat(flagged.text()).contains("Uitkomst nog niet vastgelegd");
		assertThat(flagged.select("a").attr("href"))
			.isEqualTo("/clients/" + this.client.id() + "/conversations/appointments/" + appointment.id() + "/outcome");
	}

	@Test
	void aPastConversationIsRecordedWithItsOutcomeInOneStepAndNeverInTheFuture() throws Exception {
		assertThat(page(this.page, this.consultant).select("a[href=" + this.page + "/appointments/past]")).hasSize(1);
		Document form = page(this.page + "/appointments/past", this.consultant);
		assertThat(form.select("h1").text()).isEqualTo("Afgelopen gesprek vastleggen");
		assertThat(form.select("input[name=outcome]")).hasSize(3);
		LocalDate yesterday = LocalDate.now().minusDays(1);
		Document future = Jsoup.parse(
				send(post(this.page + "/appointments/past").param("plannedAt", LocalDate.now().plusDays(1) + "T10:00")
					.param("channel", "PHONE")
					.param("outcome", "NO_SHOW"), 422));
		assertThat(future.select("#plannedAt-error").text()).contains("op zijn laatst");
		Document incomplete = Jsoup
			.parse(send(post(this.page + "/appointments/past").param("plannedAt", yesterday + "T10:00")
				.param("channel", "PHONE")
				.param("outcome", "HELD"), 400));
		assertThat(incomplete.select("#summary-error").text()).isNotBlank();
		this.mvc
			.perform(post(this.page + "/appointments/past").param("plannedAt", yesterday + "T10:00")
				.param("channel", "PHONE")
				.param("outcome", "HELD")
				.param("summary", "Goed gesprek")
				.param("lifeDomains", "WORK")
				.param("nextStep", "Over een maand")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "conversation.flash.pastRecorded"));
		assertThat(this.appointments.appointments(this.consultant, this.client.id())).singleElement()
			.satisfies(held -> assertThat(held.status().name()).isEqualTo("HELD"));
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		this.mvc
			.perform(get(this.page + "/appointments/past")
				.with(ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.page + "/appointments/past").param("plannedAt", yesterday + "T10:00")
				.param("channel", "PHONE")
				.param("outcome", "NO_SHOW")
				.with(csrf())
				.with(user(this.fixtures.municipality().user(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
	}

	private Document page(String path, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String send(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.consultant)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void redirect(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(user(this.consultant))).andExpect(redirectedUrl(this.page));
	}

}
