package nl.koers.privacy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.Clients;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.Sharing;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;
import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.SocialMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator's access request (AVG article 15) for a client with data in many modules:
 * the JSON and the PDF hold every module's data, the access log with who read and their
 * organisation, and with whom the file was shared; nothing of another client; only a
 * coordinator of the client's own municipality gets it, and the export is logged.
 */
@KoersTest
class AccessRequestTests {

	private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"
		.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clients clients;

	@Autowired
	SocialMap map;

	@Autowired
	Sharing sharing;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ClientRecords> records;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	ClientView client;

	ClientView other;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		ClientDetails details = Fixtures.details().name("Anouk", "Zuidema").caseLead(this.consultant.id()).build();
		this.client = this.clients.register(this.consultant,
				new ClientDetails(details.bsn(), details.givenName(), null, details.familyName(), details.dateOfBirth(),
						details.benefitStartDate(), "Lingedijk", "7", "4191 AB", "Geldermalsen", "0345-765432", null,
						null, null, this.consultant.id(), null, null));
		this.other = this.municipality.client(this.consultant,
				Fixtures.details().name("Bram", "Anders").caseLead(this.consultant.id()));
	}

	@Test
	void theExportHoldsEveryModulesDataWhoReadItAndWithWhomItWasShared() throws Exception {
		String referral = fileWithDataInManyModules();
		String json = api(this.coordinator, get("/api/v1/clients/{id}/access-request", this.client.id()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat((String) JsonPath.read(json, "$.client.bsn")).isEqualTo(this.client.bsn());
		assertThat((String) JsonPath.read(json, "$.client.name")).isEqualTo("Anouk Zuidema");
		assertThat((String) JsonPath.read(json, "$.municipality")).isEqualTo(this.municipality.name());
		List<String> tables = JsonPath.read(json, "$.sections[*].table");
		for (ClientRecords module : this.records) {
			for (ClientTable table : module.tables()) {
				assertThat(tables).as("a section for " + table.name()).contains(table.name());
			}
		}
		assertThat(tables).contains("sharing_consent", "sharing_referral", "sharing_institution_read");

		assertThat(column(json, "client", "familyName")).containsExactly("Zuidema");
		assertThat(column(json, "client", "street")).containsExactly("Lingedijk");
		assertThat(column(json, "goal", "description")).containsExactly("Ik wil elke ochtend om acht uur opstaan");
		assertThat(column(json, "client", "phone")).containsExactly("06-12345678");
		assertThat(column(json, "client_change", "newValue")).contains("06-12345678");
		assertThat(column(json, "client_change", "oldValue")).contains("0345-765432");
		assertThat(column(json, "route_event", "reason")).containsExactly("Uitkomst van de intake");
		assertThat(column(json, "route_period", "route")).isNotEmpty();
		assertThat(column(json, "goal", "category")).containsExactly("DAILY_RHYTHM");
		assertThat(column(json, "agreement", "description")).containsExactly("Elke dinsdag naar de dagbesteding");
		assertThat(column(json, "contact", "summary")).containsExactly("Belde zelf over de huur");
		assertThat(column(json, "exemption", "reason")).contains("Mantelzorg voor partner");
		assertThat(column(json, "referral", "reason")).containsExactly("Begeleiding nodig");
		assertThat(column(json, "document", "title")).containsExactly("Verklaring huisarts");
		assertThat(column(json, "document", "sha256")).singleElement().asString().hasSize(64);
		assertThat(column(json, "document", "link")).singleElement().asString().startsWith("/api/v1/documents/");
		assertThat(column(json, "document", "content")).isEmpty();
		assertThat(column(json, "benefit_period", "startDate")).isNotEmpty()
			.allSatisfy(date -> assertThat((String) date).matches("\\d{4}-\\d{2}-\\d{2}"));

		assertThat(column(json, "sharing_consent", "organisation")).containsExactly("Zorggroep Linge");
		assertThat(column(json, "sharing_consent", "agreements")).singleElement().asString().contains("Convenant 2026");
		assertThat(column(json, "sharing_consent", "categories")).containsExactly("CONTACT_DETAILS, IDENTITY");
		assertThat(column(json, "sharing_referral", "categories")).containsExactly("CONTACT_DETAILS, IDENTITY");
		assertThat(column(json, "sharing_institution_read", "organisation")).isNotEmpty()
			.allSatisfy(name -> assertThat(name).isEqualTo("Zorggroep Linge"));

		List<Map<String, Object>> log = JsonPath.read(json, "$.sections[?(@.table == 'access_log_entry')].rows[*]");
		assertThat(log).anySatisfy(entry -> {
			assertThat(entry).containsEntry("action", "EXPORT")
				.containsEntry("purpose", "inzageverzoek (AVG art. 15)")
				.containsEntry("userDisplayName", this.coordinator.displayName())
				.containsEntry("roles", "COORDINATOR");
			assertThat((String) entry.get("occurredAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		});
		assertThat(log).anySatisfy(entry -> assertThat(entry).containsEntry("organisation", "Zorggroep Linge")
			.containsEntry("roles", "INSTITUTION_WORKER"));
		assertThat(log).noneSatisfy(entry -> assertThat(entry).containsKey("remoteAddress"));

		assertThat(json).doesNotContain(this.other.bsn(), "Anders", "Wil graag fietsen leren");
		assertThat(referral).isNotBlank();
	}

	@Test
	void theReadableVersionIsAPdfInDutchWithACoverPageAndLabelledSections() throws Exception {
		fileWithDataInManyModules();
		byte[] pdf = api(this.coordinator,
				get("/api/v1/clients/{id}/access-request", this.client.id()).accept(MediaType.APPLICATION_PDF))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = pdfText(pdf);
		String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		assertThat(text).contains("Inzageverzoek: overzicht van uw gegevens", "Gemeente " + this.municipality.name(),
				"Anouk Zuidema", this.client.bsn(), today, "artikel 15 van de Algemene verordening gegevensbescherming",
				"Doelen", "Ik wil elke ochtend om acht uur opstaan", "Afspraken", "Elke dinsdag naar de dagbesteding",
				"Documenten", "Verklaring huisarts", "Toegangslogboek", "inzageverzoek (AVG art. 15)",
				"Gedeeld met toestemming", "Zorggroep Linge", "Convenant 2026",
				"Ingezien door medewerkers van instellingen");
		assertThat(text).contains("Categorie Dagritme", "Vorm Telefonisch", "Status Verstuurd");
		assertThat(text).doesNotContain("family_name", "client_id", "DAILY_RHYTHM", this.other.bsn(),
				"Wil graag fietsen leren");
	}

	@Test
	void onlyACoordinatorOfTheClientsMunicipalityGetsIt() throws Exception {
		for (Role role : List.of(Role.CONSULTANT, Role.MANAGER, Role.AUDITOR, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR,
				Role.INSTITUTION_WORKER)) {
			CurrentUser user = role == Role.CONSULTANT ? this.consultant : this.municipality.user(role);
			api(user, get("/api/v1/clients/{id}/access-request", this.client.id())).andExpect(status().isForbidden());
			api(user, get("/api/v1/clients/{id}/access-request", this.client.id()).accept(MediaType.APPLICATION_PDF))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(role.name()).isIn(403, 406));
			page(user, "/clients/{id}/access-request").andExpect(status().isForbidden());
			page(user, "/clients/{id}/access-request/pdf").andExpect(status().isForbidden());
			page(user, "/clients/{id}/access-request/json").andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		api(stranger, get("/api/v1/clients/{id}/access-request", this.client.id())).andExpect(status().isNotFound());
		page(stranger, "/clients/{id}/access-request").andExpect(status().isNotFound());
		page(stranger, "/clients/{id}/access-request/pdf").andExpect(status().isNotFound());
		api(this.coordinator, get("/api/v1/clients/{id}/access-request", UUID.randomUUID()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from access_log_entry where client_id = ? and action = 'EXPORT'")
			.param(this.client.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theCoordinatorFindsItOnTheFileAndSavesItAsPdfOrJsonAndTheExportIsLogged() throws Exception {
		Document file = html(this.coordinator, "/clients/{id}");
		assertThat(file.select("a.access-request-link").attr("href"))
			.isEqualTo("/clients/" + this.client.id() + "/access-request");
		assertThat(file.select("a.access-request-link").text()).isEqualTo("Inzageverzoek (AVG)");
		assertThat(html(this.consultant, "/clients/{id}").select("a.access-request-link")).isEmpty();

		Document page = html(this.coordinator, "/clients/{id}/access-request");
		assertThat(page.select("h2").text()).contains("Inzageverzoek (AVG)");
		assertThat(page.select(".access-request-downloads a").eachAttr("href")).containsExactly(
				"/clients/" + this.client.id() + "/access-request/pdf",
				"/clients/" + this.client.id() + "/access-request/json");

		String disposition = page(this.coordinator, "/clients/{id}/access-request/pdf").andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment").contains("inzageverzoek-").doesNotContain("Zuidema");
		String json = page(this.coordinator, "/clients/{id}/access-request/json").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(json, "$.client.bsn")).isEqualTo(this.client.bsn());

		assertThat(this.jdbc
			.sql("select purpose from access_log_entry where client_id = ? and user_id = ? and action = 'EXPORT'")
			.params(this.client.id(), this.coordinator.id())
			.query(String.class)
			.list()).containsExactly("inzageverzoek (AVG art. 15)", "inzageverzoek (AVG art. 15)");
	}

	/**
	 * Data about the client in many modules (and a goal of another client), the file
	 * shared with an organisation under a data-sharing agreement and consent, and read by
	 * its worker. Answers the referral's id.
	 */
	private String fileWithDataInManyModules() throws Exception {
		api(this.consultant, post("/api/v1/clients/{id}/goals", this.client.id()).content(
				"""
						{"category": "DAILY_RHYTHM", "description": "Ik wil elke ochtend om acht uur opstaan", "startDate": "2026-01-05"}"""))
			.andExpect(status().isCreated());
		api(this.consultant, post("/api/v1/clients/{id}/goals", this.other.id()).content("""
				{"category": "DAILY_RHYTHM", "description": "Wil graag fietsen leren", "startDate": "2026-01-05"}"""))
			.andExpect(status().isCreated());
		api(this.consultant, post("/api/v1/clients/{id}/agreements", this.client.id()).content("""
				{"description": "Elke dinsdag naar de dagbesteding", "madeOn": "2026-02-02"}"""))
			.andExpect(status().isCreated());
		api(this.consultant, post("/api/v1/clients/{id}/contacts", this.client.id()).content("""
				{"occurredAt": "%s", "channel": "PHONE", "summary": "Belde zelf over de huur", "refused": false}"""
			.formatted(java.time.LocalDateTime.now().minusDays(1).withNano(0)))).andExpect(status().isCreated());
		api(this.consultant, post("/api/v1/clients/{id}/exemptions", this.client.id()).content("""
				{"from": "%s", "until": "%s", "reason": "Mantelzorg voor partner"}""".formatted(LocalDate.now(),
				LocalDate.now().plusMonths(6))))
			.andExpect(status().isCreated());
		api(this.consultant,
				put("/api/v1/clients/{id}", this.client.id()).content(
						"""
								{"bsn": "%s", "givenName": "Anouk", "familyName": "Zuidema", "dateOfBirth": "%s", "benefitStartDate": "%s",
								 "street": "Lingedijk", "houseNumber": "7", "postalCode": "4191 AB", "city": "Geldermalsen",
								 "phone": "06-12345678", "caseLeadId": "%s", "version": 0}"""
							.formatted(this.client.bsn(), this.client.dateOfBirth(), this.client.benefitStartDate(),
									this.consultant.id())))
			.andExpect(status().isOk());
		api(this.consultant, post("/api/v1/clients/{id}/profile-decisions", this.client.id()).content("""
				{"profile": "KP4", "effectiveDate": "%s", "reason": "Uitkomst van de intake"}"""
			.formatted(LocalDate.now().minusDays(10)))).andExpect(status().isCreated());
		this.mvc
			.perform(multipart("/api/v1/clients/{id}/documents", this.client.id())
				.file(new MockMultipartFile("file", "verklaring.pdf", "application/octet-stream", PDF))
				.param("title", "Verklaring huisarts")
				.with(user(this.consultant)))
			.andExpect(status().isCreated());

		UUID organisation = this.map
			.create(this.coordinator,
					new NewOrganisation("Zorggroep Linge", OrganisationKind.CARE_INSTITUTION, null, null, null, null,
							LocalDate.now(), null))
			.id();
		UUID service = this.map
			.addService(this.coordinator, organisation,
					new NewService("Ambulante begeleiding", ServiceCategory.MENTAL_HEALTH, null, null, LocalDate.now()))
			.id();
		this.sharing.recordAgreement(this.coordinator, organisation,
				new NewSharingAgreement(Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS), "Convenant 2026",
						"Zorg", LocalDate.now().minusMonths(1), null));
		this.sharing.recordConsent(this.consultant, this.client.id(), new NewConsent(organisation,
				Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS), LocalDate.now().minusDays(1), null));
		String referral = JsonPath.read(api(this.consultant,
				post("/api/v1/clients/{id}/referrals", this.client.id())
					.content("{\"serviceId\": \"%s\", \"reason\": \"Begeleiding nodig\"}".formatted(service)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		api(this.consultant, put("/api/v1/referrals/{id}/status", referral).content("{\"status\": \"SENT\"}"))
			.andExpect(status().isOk());
		CurrentUser worker = worker(organisation);
		api(worker, get("/api/v1/referrals/{id}", referral)).andExpect(status().isOk());
		return referral;
	}

	private CurrentUser worker(UUID organisationId) {
		String username = "w" + UUID.randomUUID().toString().substring(0, 12);
		this.accounts.createUser(new NewUser(this.municipality.id(), organisationId, username, "Werker " + username,
				Fixtures.PASSWORD, Set.of(Role.INSTITUTION_WORKER)));
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static List<Object> column(String json, String table, String column) {
		return JsonPath.read(json, "$.sections[?(@.table == '" + table + "')].rows[*]." + column);
	}

	private ResultActions api(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

	private ResultActions page(CurrentUser user, String path) throws Exception {
		// the coordinator leads no client: they give a reason of access before the file
		// opens
		RequestPostProcessor signedIn = (user == this.coordinator)
				? ReasonOfAccess.userWithReason(this.mvc, user, this.client.id()) : user(user);
		return this.mvc.perform(get(path, this.client.id()).with(signedIn));
	}

	private Document html(CurrentUser user, String path) throws Exception {
		return Jsoup.parse(page(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
