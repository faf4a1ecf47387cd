package nl.koers.obligation;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.agreement.api.AgreementBroken;
import nl.koers.client.api.ClientView;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A measure and an exemption end in a decision letter: a PDF in the client file with the
 * parts the Awb asks for, sent once, and recorded with the decision.
 */
@KoersTest
class DecisionLetterTests {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl-NL"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead,
				Fixtures.details()
					.name("Ruud", "Verlaag")
					.benefitStartDate(LocalDate.of(2018, 1, 1))
					.caseLead(this.caseLead.id()));
	}

	@Test
	void anApprovedMeasureEndsInADecisionLetterWithEveryPartTheLawAsks() throws Exception {
		String measure = approvedMeasure();
		sendMeasureLetter(measure, "20", this.today.toString(), "2").andExpect(status().isFound())
			.andExpect(redirectedUrl("/clients/" + this.client.id() + "/obligations#decision-" + measure));

		String text = pdfText(api(get("/api/v1/measures/{id}/decision-letter", measure)).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Besluit over het verlagen van uw bijstand", "Ruud Verlaag",
				"Gemeente " + this.municipality.name(), LONG_DATE.format(this.today),
				"Wij verlagen uw bijstand met 20 procent, gedurende 2 maanden, met ingang van "
						+ LONG_DATE.format(this.today),
				"Wat er is gebeurd", "Dagbesteding drie ochtenden",
				"een afspraak niet nagekomen die hoort bij een traject", "Stopte zonder reden",
				"Artikel 9, eerste lid, onder b, en artikel 18, tweede lid, van de Participatiewet",
				"binnen zes weken na de datum van deze brief", "artikel 6:7 van de Algemene wet bestuursrecht",
				"Stuur uw bezwaar naar het college van burgemeester en wethouders van " + this.municipality.name(),
				"Neem dan contact op met uw consulent, " + this.caseLead.displayName(), "Met vriendelijke groet");

		Document obligations = html(get("/clients/" + this.client.id() + "/obligations"), 200);
		assertThat(obligations.select("#decision-" + measure).text()).contains(
				"Verstuurd op " + this.today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
				"Verlaging van 20 procent gedurende 2 maanden");
		assertThat(obligations.select("#decision-" + measure + " form")).isEmpty();
		Document documents = html(get("/clients/" + this.client.id() + "/documents"), 200);
		assertThat(documents.select("table.documents tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains("Besluit over het verlagen van uw bijstand",
					"Brief van de gemeente"));

		Document again = html(measureLetterRequest(measure, "20", this.today.toString(), "2"), 422);
		assertThat(again.select(".alert").text()).contains("Voor dit besluit is de beschikking al verstuurd.");
	}

	@Test
	void aLetterNeedsAnApprovedMeasureAndAStartFromTheDecisionWithinThreeMonths() throws Exception {
		String proposed = proposedMeasure();
		assertThat(html(measureLetterRequest(proposed, "20", this.today.toString(), "1"), 422).select(".alert").text())
			.contains("Alleen voor een goedgekeurde maatregel wordt een beschikking verstuurd.");
		String measure = approve(proposedMeasure());
		assertThat(
				html(measureLetterRequest(measure, "20", this.today.minusDays(1).toString(), "1"), 422).select(".alert")
					.text())
			.contains("De verlaging kan niet ingaan voor de datum van het besluit ("
					+ this.today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ").");
		assertThat(html(measureLetterRequest(measure, "20", this.today.plusMonths(3).plusDays(1).toString(), "1"), 422)
			.select(".alert")
			.text()).contains("De verlaging gaat uiterlijk 3 maanden na vandaag in.");
		assertThat(html(measureLetterRequest(measure, "101", this.today.toString(), "13"), 400).select(".alert"))
			.hasSize(1);
		sendMeasureLetter(measure, "100", this.today.plusMonths(3).toString(), "12").andExpect(status().isFound());
		api(get("/api/v1/measures/{id}/decision-letter", proposed)).andExpect(status().isNotFound());
	}

	@Test
	void aConfirmedExemptionEndsInADecisionLetterNamingItsLastDay() throws Exception {
		String exemption = JsonPath
			.read(api(post("/api/v1/clients/{id}/exemptions", this.client.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"from": "%s", "until": "%s", "reason": "Mantelzorg voor partner"}""".formatted(this.today,
						this.today.plusMonths(6))))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		this.mvc
			.perform(post("/clients/{id}/obligations/exemptions/{e}/decision-letter", this.client.id(), exemption)
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound());
		String text = pdfText(api(get("/api/v1/exemptions/{id}/decision-letter", exemption)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Besluit over ontheffing van de sollicitatieplicht",
				"U hoeft van " + LONG_DATE.format(this.today) + " tot en met "
						+ LONG_DATE.format(this.today.plusMonths(6).minusDays(1)) + " niet te solliciteren.",
				"Mantelzorg voor partner", "Artikel 9, tweede lid, van de Participatiewet",
				"binnen zes weken na de datum van deze brief");
		api(get("/api/v1/measures/{id}/decision-letter", exemption)).andExpect(status().isNotFound());
	}

	@Test
	void whoMayNotWorkWithTheClientGetsNoLetter() throws Exception {
		String measure = approvedMeasure();
		sendMeasureLetter(measure, "20", this.today.toString(), "1").andExpect(status().isFound());
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR,
				Role.INSTITUTION_WORKER }) {
			this.mvc
				.perform(get("/api/v1/measures/{id}/decision-letter", measure).with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		this.mvc.perform(get("/api/v1/measures/{id}/decision-letter", measure).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/clients/{id}/obligations/measures/{m}/decision-letter", this.client.id(), approvedMeasure())
				.param("reductionPercent", "20")
				.param("startsOn", this.today.toString())
				.param("months", "1")
				.with(csrf())
				.with(ReasonOfAccess.userWithReason(this.mvc, this.municipality.user(Role.CONSULTANT),
						this.client.id())))
			.andExpect(status().isForbidden());
	}

	private String approvedMeasure() throws Exception {
		return approve(proposedMeasure());
	}

	private String proposedMeasure() throws Exception {
		UUID agreement = UUID.randomUUID();
		this.transactions
			.executeWithoutResult(status -> this.events.publishEvent(new AgreementBroken(agreement, this.client.id(),
					this.municipality.id(), this.today.minusDays(5), false, true, "Dagbesteding drie ochtenden")));
		return JsonPath
			.read(api(post("/api/v1/clients/{id}/measures", this.client.id()).contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"ground": "BROKEN_TRAJECTORY_AGREEMENT", "justification": "Stopte zonder reden", "agreementId": "%s"}"""
							.formatted(agreement)))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
	}

	private String approve(String measure) throws Exception {
		this.mvc
			.perform(post("/api/v1/measures/{id}/decision", measure).contentType(MediaType.APPLICATION_JSON)
				.content("{\"approved\": true, \"note\": \"Gezien de feiten\"}")
				.with(user(this.municipality.user(Role.COORDINATOR))))
			.andExpect(status().isOk());
		return measure;
	}

	private ResultActions sendMeasureLetter(String measure, String percent, String startsOn, String months)
			throws Exception {
		return this.mvc.perform(measureLetterRequest(measure, percent, startsOn, months).with(user(this.caseLead)));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder measureLetterRequest(
			String measure, String percent, String startsOn, String months) {
		return post("/clients/{id}/obligations/measures/{m}/decision-letter", this.client.id(), measure)
			.param("reductionPercent", percent)
			.param("startsOn", startsOn)
			.param("months", months)
			.with(csrf());
	}

	private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(user(this.caseLead)));
	}

	private Document html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(this.caseLead)))
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
