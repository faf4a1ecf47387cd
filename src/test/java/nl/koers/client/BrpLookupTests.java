package nl.koers.client;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.ServiceUnavailableException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Ophalen uit BRP" on the registration form, against a BRP stub in the test JVM that
 * answers as the Haal Centraal OpenAPI document describes: the form is filled and the
 * household shown, the question is the one the document asks for, the purpose is in the
 * access log, every BRP failure gives a Dutch message, and only a registrar of the
 * configured municipality can ask.
 */
@KoersTest
class BrpLookupTests {

	private static final BrpStub BRP = new BrpStub();

	private static final String CODE = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	AccessLog accessLog;

	Municipality municipality;

	CurrentUser consultant;

	String bsn;

	@DynamicPropertySource
	static void brp(DynamicPropertyRegistry registry) {
		String prefix = "koers.brp.municipalities." + CODE;
		registry.add(prefix + ".base-url", BRP::baseUrl);
		registry.add(prefix + ".api-key", () -> BrpStub.API_KEY);
		registry.add(prefix + ".registration-municipality", () -> "0599");
		registry.add(prefix + ".timeout", () -> "1s");
	}

	@AfterAll
	static void stopBrp() {
		BRP.close();
	}

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality(CODE);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.bsn = Fixtures.nextBsn();
	}

	@Test
	void fillsNameDateOfBirthAndAddressAndShowsTheHousehold() throws Exception {
		BRP.knows(this.bsn, persoon(this.bsn));
		Document answer = Jsoup.parse(lookUp(this.consultant, this.bsn).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(answer.text()).contains("ingevuld uit de BRP");
		assertThat(fills(answer)).containsExactlyInAnyOrderEntriesOf(
				Map.of("givenName", "Suzanne", "namePrefix", "van", "familyName", "Moulin", "dateOfBirth", "1985-07-12",
						"street", "Spui", "houseNumber", "70A-2", "postalCode", "2611BT", "city", "Delft"));
		assertThat(answer.select("tbody tr").eachText()).containsExactly("Partner Karel Moulin 01-02-1983 999990627",
				"Kind Jip Moulin onbekend 999992223");
	}

	@Test
	void aPersonWithoutAnAddressOrAHouseholdFillsOnlyWhatTheBrpGives() throws Exception {
		BRP.knows(this.bsn, """
				{"burgerservicenummer": "%s", "naam": {"voornamen": "Piet", "geslachtsnaam": "Bakker"},
				 "geboorte": {"datum": {"type": "JaarDatum", "jaar": 1970, "langFormaat": "1970"}},
				 "verblijfplaats": {"type": "VerblijfplaatsOnbekend"}}""".formatted(this.bsn));
		Document answer = Jsoup.parse(lookUp(this.consultant, this.bsn).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(fills(answer))
			.containsExactlyInAnyOrderEntriesOf(Map.of("givenName", "Piet", "familyName", "Bakker"));
		assertThat(answer.text()).contains("De BRP noemt geen partner of kinderen.");
	}

	@Test
	void asksWhatTheOpenApiDocumentDescribes() throws Exception {
		BRP.knows(this.bsn, persoon(this.bsn));
		lookUp(this.consultant, this.bsn).andExpect(status().isOk());
		BrpStub.Question question = question(this.bsn);
		assertThat(question.apiKey()).isEqualTo(BrpStub.API_KEY);
		assertThat(question.contentType()).startsWith("application/json");
		JsonNode body = question.body();
		assertThat(body.path("type").asString()).isEqualTo("RaadpleegMetBurgerservicenummer");
		assertThat(body.path("gemeenteVanInschrijving").asString()).isEqualTo("0599");
		assertThat(body.path("burgerservicenummer")).hasSize(1);
		List<String> fields = body.path("fields").valueStream().map(JsonNode::asString).toList();
		assertThat(fields).isNotEmpty()
			.hasSizeLessThanOrEqualTo(130)
			.allMatch(field -> field.matches("[a-zA-Z0-9._]{1,200}"));
		assertThat(fields).contains("naam.geslachtsnaam", "geboorte.datum", "verblijfplaats", "partners.naam",
				"kinderen.naam");
	}

	@Test
	void recordsTheLookUpWithItsPurposeInTheAccessLog() throws Exception {
		BRP.knows(this.bsn, persoon(this.bsn));
		lookUp(this.consultant, this.bsn).andExpect(status().isOk());
		List<Map<String, Object>> entries = logEntries(this.consultant);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).containsEntry("action", "BRP_LOOKUP")
			.containsEntry("purpose", "registratie cliënt")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("client_id", null);
	}

	@Test
	void theAuditorSeesTheLookUpOfAPersonWhoIsNoClient() throws Exception {
		BRP.knows(this.bsn, persoon(this.bsn));
		lookUp(this.consultant, this.bsn).andExpect(status().isOk());
		CurrentUser auditor = this.municipality.user(Role.AUDITOR);
		this.mvc.perform(get("/access-log").param("userId", this.consultant.id().toString()).with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Opgevraagd uit de BRP")))
			.andExpect(content().string(containsString("registratie cliënt")))
			.andExpect(content().string(containsString("geen cliënt")))
			.andExpect(content().string(not(containsString(this.bsn))));
		this.mvc.perform(get("/api/v1/access-log").param("userId", this.consultant.id().toString()).with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BRP_LOOKUP")));
	}

	@Test
	void aLookUpOfAClientAlreadyRegisteredNamesThatClientInTheAccessLog() throws Exception {
		ClientView client = this.municipality.client(this.consultant, Fixtures.details().bsn(this.bsn));
		BRP.knows(this.bsn, persoon(this.bsn));
		lookUp(this.consultant, this.bsn).andExpect(status().isOk());
		assertThat(logEntries(this.consultant)).filteredOn(entry -> "BRP_LOOKUP".equals(entry.get("action")))
			.singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("client_id", client.id()));
	}

	@Test
	void theBrpIsNotAskedWhenTheAccessLogCannotBeWritten() throws Exception {
		BRP.knows(this.bsn, persoon(this.bsn));
		doThrow(new ServiceUnavailableException("accessLog.unavailable", null)).when(this.accessLog)
			.recordLookup(any(), any(), any(), any());
		try {
			lookUp(this.consultant, this.bsn).andExpect(status().isServiceUnavailable())
				.andExpect(content().string(not(containsString("Moulin"))));
			assertThat(BRP.questions()).noneMatch(question -> question.body().toString().contains(this.bsn));
		}
		finally {
			reset(this.accessLog);
		}
	}

	@Test
	void aPersonTheBrpDoesNotKnowIsNotFound() throws Exception {
		lookUp(this.consultant, this.bsn).andExpect(status().isOk())
			.andExpect(content().string(containsString("De BRP kent geen levend persoon met dit BSN")))
			.andExpect(content().string(not(containsString("data-fill-field"))));
	}

	@Test
	void aRefusalOrFailureOfTheBrpIsSaidInDutchAndTheFormStaysToFillByHand() throws Exception {
		BRP.failsWith(this.bsn, 403);
		lookUp(this.consultant, this.bsn).andExpect(status().isOk())
			.andExpect(content().string(containsString("De BRP weigerde de vraag")));
		String failing = Fixtures.nextBsn();
		BRP.failsWith(failing, 500);
		lookUp(this.consultant, failing).andExpect(status().isOk())
			.andExpect(content().string(containsString("De BRP is nu niet bereikbaar")));
		String busy = Fixtures.nextBsn();
		BRP.failsWith(busy, 429);
		lookUp(this.consultant, busy).andExpect(status().isOk())
			.andExpect(content().string(containsString("De BRP is nu niet bereikbaar")));
	}

	@Test
	void aBrpThatAnswersTooLateTimesOut() throws Exception {
		BRP.answersLate(this.bsn, Duration.ofSeconds(3));
		lookUp(this.consultant, this.bsn).andExpect(status().isOk())
			.andExpect(content().string(containsString("De BRP antwoordde niet op tijd")));
	}

	@Test
	void anInvalidBsnAsksTheBrpNothing() throws Exception {
		lookUp(this.consultant, "123456789").andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul eerst een geldig BSN in")));
		assertThat(BRP.questions()).noneMatch(question -> question.body().toString().contains("123456789"));
		assertThat(logEntries(this.consultant)).isEmpty();
	}

	@Test
	void theRegistrationFormOffersTheLookUpOnlyWhereItIsConfigured() throws Exception {
		this.mvc.perform(get("/clients/new").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ophalen uit BRP")));
		ClientView client = this.municipality.client(this.consultant);
		this.mvc.perform(get("/clients/" + client.id() + "/edit").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ophalen uit BRP"))));
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(get("/clients/new").with(user(elsewhere)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Ophalen uit BRP"))));
	}

	@Test
	void onlyARegistrarOfTheConfiguredMunicipalityAsks() throws Exception {
		BRP.knows(this.bsn, persoon(this.bsn));
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.CONSULTANT);
		lookUp(elsewhere, this.bsn).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Moulin"))));
		for (Role role : List.of(Role.INSTITUTION_WORKER, Role.MANAGER, Role.AUDITOR, Role.ADMINISTRATOR,
				Role.CONTRACT_MANAGER)) {
			CurrentUser user = this.municipality.user(role);
			lookUp(user, this.bsn).andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Moulin"))));
		}
		this.mvc.perform(post("/clients/brp").with(csrf()).param("bsn", this.bsn))
			.andExpect(status().is3xxRedirection());
		assertThat(BRP.questions()).noneMatch(question -> question.body().toString().contains(this.bsn));
		lookUp(this.municipality.user(Role.COORDINATOR), this.bsn).andExpect(status().isOk())
			.andExpect(content().string(containsString("Moulin")));
	}

	private ResultActions lookUp(CurrentUser user, String bsn) throws Exception {
		return this.mvc
			.perform(post("/clients/brp").with(user(user)).with(csrf()).header("HX-Request", "true").param("bsn", bsn));
	}

	private static Map<String, String> fills(Document answer) {
		return answer.select("[data-fill-field]")
			.stream()
			.collect(Collectors.toMap(element -> element.attr("data-fill-field"),
					element -> element.attr("data-fill-value")));
	}

	private BrpStub.Question question(String bsn) {
		return BRP.questions()
			.stream()
			.filter(question -> question.body().path("burgerservicenummer").get(0).asString().equals(bsn))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> logEntries(CurrentUser user) {
		return this.jdbc.sql("select action, purpose, outcome, client_id from access_log_entry where user_id = ?")
			.param(user.id())
			.query()
			.listOfRows();
	}

	/**
	 * A person as the OpenAPI document's {@code Persoon}: a current partner, a dissolved
	 * one (which the look-up leaves out) and a child born in a known month only.
	 */
	private static String persoon(String bsn) {
		return """
				{"burgerservicenummer": "%s",
				 "naam": {"voornamen": "Suzanne", "voorvoegsel": "van", "geslachtsnaam": "Moulin",
				          "voorletters": "S.", "volledigeNaam": "Suzanne van Moulin"},
				 "geboorte": {"datum": {"type": "Datum", "datum": "1985-07-12", "langFormaat": "12 juli 1985"}},
				 "verblijfplaats": {"type": "Adres",
				   "verblijfadres": {"officieleStraatnaam": "Spui", "korteStraatnaam": "Spui", "huisnummer": 70,
				                     "huisletter": "A", "huisnummertoevoeging": "2", "postcode": "2611BT",
				                     "woonplaats": "Delft"}},
				 "partners": [
				   {"burgerservicenummer": "999990627", "naam": {"voornamen": "Karel", "geslachtsnaam": "Moulin"},
				    "geboorte": {"datum": {"type": "Datum", "datum": "1983-02-01", "langFormaat": "1 februari 1983"}},
				    "soortVerbintenis": {"code": "H", "omschrijving": "huwelijk"}},
				   {"burgerservicenummer": "999991565", "naam": {"voornamen": "Ex", "geslachtsnaam": "Partner"},
				    "ontbindingHuwelijkPartnerschap": {"datum": {"type": "Datum", "datum": "2010-05-01",
				                                                 "langFormaat": "1 mei 2010"}}}],
				 "kinderen": [
				   {"burgerservicenummer": "999992223", "naam": {"voornamen": "Jip", "geslachtsnaam": "Moulin"},
				    "geboorte": {"datum": {"type": "JaarMaandDatum", "jaar": 2012, "maand": 3,
				                           "langFormaat": "maart 2012"}}}]}""".formatted(bsn);
	}

}
