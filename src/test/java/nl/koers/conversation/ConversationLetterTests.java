package nl.koers.conversation;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.AppointmentOutcome;
import nl.koers.conversation.api.AppointmentOutcomeReport;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.Channel;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation for a planned conversation and the outreach letter after a no-show: made
 * from the conversations page, filed as PDF in the client file with the parts they need,
 * recorded (the outreach letter as an outreach attempt by letter), and only for who may
 * record for the client of their own municipality.
 */
@KoersTest
class ConversationLetterTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AppointmentService appointments;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	String page;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead,
				Fixtures.details().name("Kees", "Uitgenodigd").caseLead(this.caseLead.id()));
		this.page = "/clients/" + this.client.id() + "/conversations";
	}

	@Test
	void theCaseLeadWritesAnInvitationForAPlannedConversation() throws Exception {
		LocalDateTime when = LocalDate.now().plusDays(3).atTime(14, 30);
		AppointmentView appointment = this.appointments.plan(this.caseLead, this.client.id(),
				new AppointmentPlan(when, Channel.FACE_TO_FACE, "Stadskantoor, balie 4", null));
		this.mvc
			.perform(post(this.page + "/appointments/{id}/invitation-letter", appointment.id()).with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page + "#appointment-" + appointment.id()))
			.andExpect(flash().attribute("flash", "conversation.flash.invitationMade"));

		Document overview = html(get(this.page), this.caseLead, 200);
		String link = overview.selectFirst("#appointment-" + appointment.id() + " a.invitation").attr("href");
		assertThat(overview.selectFirst("#appointment-" + appointment.id() + " a.invitation").text())
			.isEqualTo("Uitnodiging van " + LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
		String text = pdfText(this.mvc.perform(get(link).with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Gemeente " + this.municipality.name(), "Kees Uitgenodigd",
				"Uitnodiging voor een gesprek", "Beste Kees Uitgenodigd,",
				"Wij nodigen u uit voor een gesprek met uw consulent, " + this.caseLead.displayName(), DAY.format(when),
				"14:30 uur", "Een persoonlijk gesprek op kantoor", "Stadskantoor, balie 4", "Wat neemt u mee?",
				"identiteitsbewijs", "Kunt u niet komen?", "Met vriendelijke groet");
		assertThat(letters("INVITATION")).isEqualTo(1);
		Document documents = html(get("/clients/" + this.client.id() + "/documents"), this.caseLead, 200);
		assertThat(documents.select("table.documents tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains("Uitnodiging voor een gesprek"));

		AppointmentView past = this.appointments.planAnyTime(this.caseLead, this.client.id(),
				new AppointmentPlan(LocalDate.now().minusDays(2).atTime(10, 0), Channel.PHONE, null, null));
		Document refused = html(post(this.page + "/appointments/{id}/invitation-letter", past.id()).with(csrf()),
				this.caseLead, 422);
		assertThat(refused.select(".alert").text())
			.contains("Een uitnodiging kan alleen voor een gepland gesprek dat nog moet komen.");
		assertThat(letters("INVITATION")).isEqualTo(1);
	}

	@Test
	void anOutreachLetterAsksTheClientToGetInTouchAndCountsAsAnAttemptByLetter() throws Exception {
		LocalDateTime missed = LocalDate.now().minusDays(2).atTime(9, 15);
		noShow(missed);
		LocalDate replyBy = LocalDate.now().plusDays(10);
		this.mvc
			.perform(post(this.page + "/outreach/letter").param("replyBy", replyBy.toString())
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page + "#outreach"));

		Document overview = html(get(this.page), this.caseLead, 200);
		assertThat(overview.select("#outreach tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains("Brief", "Geen reactie", this.caseLead.displayName(),
					"reageren uiterlijk " + replyBy.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))));
		String link = overview.selectFirst("#outreach a.outreach-letter").attr("href");
		String text = pdfText(this.mvc.perform(get(link).with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Wij hebben u gemist", "Beste Kees Uitgenodigd,",
				"U had op " + DAY.format(missed) + " om 09:15 uur een gesprek met uw consulent, "
						+ this.caseLead.displayName(),
				"Wij vragen u uiterlijk " + DAY.format(replyBy) + " contact met ons op te nemen.",
				"artikel 17 van de Participatiewet");
		assertThat(this.jdbc.sql("select method || ' ' || result from outreach_attempt where client_id = ?")
			.param(this.client.id())
			.query(String.class)
			.list()).containsExactly("LETTER NO_RESPONSE");

		Document late = html(
				post(this.page + "/outreach/letter").param("replyBy", LocalDate.now().toString()).with(csrf()),
				this.caseLead, 422);
		assertThat(late.select(".alert").text()).contains("hoogstens 6 weken vooruit");
		assertThat(letters("OUTREACH")).isEqualTo(1);
	}

	@Test
	void noOutreachLetterWithoutOpenOutreach() throws Exception {
		Document refused = html(
				post(this.page + "/outreach/letter").param("replyBy", LocalDate.now().plusDays(7).toString())
					.with(csrf()),
				this.caseLead, 422);
		assertThat(refused.select(".alert").text()).contains("hoeft nu niet actief benaderd te worden");
		assertThat(html(get(this.page), this.caseLead, 200).select("#outreach-letter")).isEmpty();
		assertThat(letters("OUTREACH")).isZero();
	}

	@Test
	void nobodyOutsideTheClientsMunicipalityOrWithoutTheRightWritesThem() throws Exception {
		AppointmentView appointment = this.appointments.plan(this.caseLead, this.client.id(),
				new AppointmentPlan(LocalDate.now().plusDays(1).atTime(11, 0), Channel.PHONE, null, null));
		noShow(LocalDate.now().minusDays(1).atTime(9, 0));
		Municipality elsewhere = this.fixtures.municipality();
		for (CurrentUser stranger : new CurrentUser[] { elsewhere.user(Role.CONSULTANT),
				elsewhere.user(Role.COORDINATOR) }) {
			this.mvc
				.perform(post(this.page + "/appointments/{id}/invitation-letter", appointment.id()).with(csrf())
					.with(user(stranger)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post(this.page + "/outreach/letter").param("replyBy", LocalDate.now().plusDays(7).toString())
					.with(csrf())
					.with(user(stranger)))
				.andExpect(status().isNotFound());
		}
		for (Role role : new Role[] { Role.MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			this.mvc
				.perform(post(this.page + "/appointments/{id}/invitation-letter", appointment.id()).with(csrf())
					.with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
		// an institution worker reaches no client file at all: not found
		this.mvc
			.perform(post(this.page + "/appointments/{id}/invitation-letter", appointment.id()).with(csrf())
				.with(user(this.municipality.user(Role.INSTITUTION_WORKER))))
			.andExpect(status().isNotFound());
		// a colleague who gave a reason of access may read the file, but writes no letter
		// for it
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		this.mvc
			.perform(post(this.page + "/appointments/{id}/invitation-letter", appointment.id()).with(csrf())
				.with(ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id())))
			.andExpect(status().isForbidden());
		assertThat(letters("INVITATION") + letters("OUTREACH")).isZero();
		assertThat(this.jdbc.sql("select count(*) from document where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theApiWritesBothLettersAsDocumentsOfTheFile() throws Exception {
		AppointmentView appointment = this.appointments.plan(this.caseLead, this.client.id(),
				new AppointmentPlan(LocalDate.now().plusDays(2).atTime(9, 0), Channel.VIDEO, null, null));
		String invitation = this.mvc
			.perform(post("/api/v1/appointments/{id}/invitation-letters", appointment.id()).with(user(this.caseLead)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/documents/")))
			.andExpect(jsonPath("$.kind").value("LETTER"))
			.andExpect(jsonPath("$.title").value("Uitnodiging voor een gesprek"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(pdfText(this.mvc.perform(get(invitation).with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains("Een gesprek met beeld");

		noShow(LocalDate.now().minusDays(1).atTime(13, 0));
		this.mvc
			.perform(post("/api/v1/clients/{id}/outreach-letters", this.client.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"replyBy\": \"%s\"}".formatted(LocalDate.now().plusWeeks(7)))
				.with(user(this.caseLead)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("replyBy"));
		this.mvc
			.perform(post("/api/v1/clients/{id}/outreach-letters", this.client.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"replyBy\": \"%s\"}".formatted(LocalDate.now().plusWeeks(2)))
				.with(user(this.caseLead)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Wij hebben u gemist"));
		this.mvc
			.perform(post("/api/v1/clients/{id}/outreach-letters", this.client.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"replyBy\": \"%s\"}".formatted(LocalDate.now().plusWeeks(2)))
				.with(user(this.fixtures.municipality().user(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
		assertThat(letters("INVITATION") + letters("OUTREACH")).isEqualTo(2);
	}

	private void noShow(LocalDateTime at) {
		AppointmentView missed = this.appointments.planAnyTime(this.caseLead, this.client.id(),
				new AppointmentPlan(at, Channel.FACE_TO_FACE, null, null));
		this.appointments.recordOutcome(this.caseLead, missed.id(),
				new AppointmentOutcomeReport(AppointmentOutcome.NO_SHOW, null, Set.of(), null));
	}

	private int letters(String kind) {
		return this.jdbc.sql("select count(*) from conversation_letter where client_id = ? and kind = ?")
			.params(this.client.id(), kind)
			.query(Integer.class)
			.single();
	}

	private Document html(MockHttpServletRequestBuilder request, CurrentUser who, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(who)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
