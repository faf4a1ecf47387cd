package nl.koers.socialmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social map through the API: kept by the coordinator, read by those who refer and
 * provide, searched by category, place and text, stale entries flagged, and an HSDS round
 * trip.
 */
@KoersTest
class SocialMapApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	String linge;

	@BeforeEach
	void setUp() throws Exception {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.linge = organisation("Zorggroep Linge", "CARE_INSTITUTION", LocalDate.now().minusMonths(2));
		String tiel = id(call(this.coordinator,
				post("/api/v1/organisations/{id}/locations", this.linge)
					.content("{\"name\": \"Hoofdvestiging\", \"address\": \"Stationsstraat 1\", \"city\": \"Tiel\"}"))
			.andExpect(status().isCreated()));
		service(this.linge, "Ambulante GGZ", "MENTAL_HEALTH", tiel).andExpect(status().isCreated());
		service(this.linge, "Schuldhulp Rivierenland", "DEBT_HELP", null).andExpect(status().isCreated());
		call(this.coordinator, post("/api/v1/organisations/{id}/contacts", this.linge).content(
				"{\"name\": \"Sanne de Vries\", \"role\": \"Trajectbegeleider\", \"email\": \"sanne@linge.example\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void findsServicesByCategoryPlaceAndText() throws Exception {
		call(this.consultant, get("/api/v1/services").param("category", "DEBT_HELP"))
			.andExpect(jsonPath("$.items[*].name").value(contains("Schuldhulp Rivierenland")));
		call(this.consultant, get("/api/v1/services").param("place", "tiel"))
			.andExpect(jsonPath("$.items", hasSize(2)));
		call(this.consultant, get("/api/v1/services").param("q", "ggz"))
			.andExpect(jsonPath("$.items[0].organisationName").value("Zorggroep Linge"))
			.andExpect(jsonPath("$.items[0].city").value("Tiel"));
		call(this.consultant, get("/api/v1/services").param("place", "Culemborg"))
			.andExpect(jsonPath("$.items", hasSize(0)));
		call(this.consultant, get("/api/v1/organisations/{id}", this.linge))
			.andExpect(jsonPath("$.services", hasSize(2)))
			.andExpect(jsonPath("$.contacts[0].name").value("Sanne de Vries"))
			.andExpect(jsonPath("$.locations[0].city").value("Tiel"));
	}

	@Test
	void flagsEntriesThatWereNotVerifiedForAYearUntilTheyAreVerified() throws Exception {
		String old = organisation("Stichting Oud", "VOLUNTEER_AGENCY", LocalDate.now().minusMonths(13));
		call(this.coordinator, get("/api/v1/organisations").param("stale", "true"))
			.andExpect(jsonPath("$.items[*].name").value(contains("Stichting Oud")))
			.andExpect(jsonPath("$.items[0].stale").value(true));
		call(this.coordinator, post("/api/v1/organisations/{id}/verification", old)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stale").value(false))
			.andExpect(jsonPath("$.verifiedOn").value(LocalDate.now().toString()));
		call(this.coordinator, get("/api/v1/organisations").param("stale", "true"))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void onlyTheCoordinatorKeepsTheMapAndAStaleChangeIsRefused() throws Exception {
		call(this.consultant, post("/api/v1/organisations").content(body("Nieuw", "PROVIDER", LocalDate.now(), null)))
			.andExpect(status().isForbidden());
		call(this.municipality.user(Role.INSTITUTION_WORKER), get("/api/v1/organisations/{id}", this.linge))
			.andExpect(status().isOk());
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.AUDITOR }) {
			call(this.municipality.user(role), get("/api/v1/services")).andExpect(status().isForbidden());
		}
		call(this.coordinator,
				put("/api/v1/organisations/{id}", this.linge)
					.content(body("Zorggroep Linge en Lek", "CARE_INSTITUTION", LocalDate.now(), 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Zorggroep Linge en Lek"));
		call(this.coordinator,
				put("/api/v1/organisations/{id}", this.linge)
					.content(body("Weer anders", "CARE_INSTITUTION", LocalDate.now(), 0L)))
			.andExpect(status().isConflict());
		call(this.coordinator,
				post("/api/v1/organisations").content(body(" ", null, LocalDate.now().plusDays(1), null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)));
	}

	@Test
	void anotherMunicipalitySeesNoneOfIt() throws Exception {
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/organisations/{id}", this.linge)).andExpect(status().isNotFound());
		call(stranger, get("/api/v1/services")).andExpect(jsonPath("$.items", hasSize(0)));
		service(this.linge, "Inbraak", "OTHER", null);
		call(stranger,
				post("/api/v1/organisations/{id}/services", this.linge)
					.content("{\"name\": \"Inbraak\", \"category\": \"OTHER\", \"verifiedOn\": \"2026-01-01\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void exportsAnHsdsPackageThatImportsIntoAnotherMunicipalityUnchanged() throws Exception {
		byte[] exported = export(this.coordinator);
		assertThat(lines(exported, "organizations.csv").get(0)).startsWith("id,name,alternate_name,description,")
			.endsWith(",koers_kind,koers_verified_on");
		CurrentUser other = this.fixtures.municipality().user(Role.COORDINATOR);
		this.mvc
			.perform(multipart("/api/v1/social-map/import")
				.file(new MockMultipartFile("file", "kaart.zip", "application/zip", exported))
				.with(user(other)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisations").value(1))
			.andExpect(jsonPath("$.locations").value(1))
			.andExpect(jsonPath("$.services").value(2))
			.andExpect(jsonPath("$.contacts").value(1));
		byte[] again = export(other);
		for (String file : List.of("organizations.csv", "locations.csv", "addresses.csv", "services.csv",
				"contacts.csv", "phones.csv", "service_at_location.csv", "attributes.csv")) {
			assertThat(withoutIds(lines(again, file))).as(file).isEqualTo(withoutIds(lines(exported, file)));
		}
	}

	@Test
	void anImportWithAWrongRowAddsNothingAndNamesTheRow() throws Exception {
		String organisations = "id,name,koers_kind\n0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a01,Goed,PROVIDER\n"
				+ "0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a02,,PROVIDER\n0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a03,Fout,NO_KIND\n";
		this.mvc
			.perform(multipart("/api/v1/social-map/import")
				.file(new MockMultipartFile("file", "kaart.zip", "application/zip",
						zip("organizations.csv", organisations)))
				.with(user(this.coordinator)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].message").value("organizations.csv, regel 3: kolom name ontbreekt."));
		call(this.coordinator, get("/api/v1/organisations")).andExpect(jsonPath("$.items", hasSize(1)));
	}

	private byte[] export(CurrentUser user) throws Exception {
		return this.mvc.perform(get("/api/v1/social-map/export").with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> lines(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n"));
				}
			}
		}
		return List.of();
	}

	/**
	 * Ids differ between municipalities: compare everything else.
	 */
	private static List<String> withoutIds(List<String> lines) {
		List<String> result = new ArrayList<>();
		for (String line : lines) {
			result.add(line.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID"));
		}
		return result;
	}

	private static byte[] zip(String name, String content) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry(name));
			out.write(content.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

	private String organisation(String name, String kind, LocalDate verifiedOn) throws Exception {
		return id(call(this.coordinator, post("/api/v1/organisations").content(body(name, kind, verifiedOn, null)))
			.andExpect(status().isCreated()));
	}

	private ResultActions service(String organisation, String name, String category, String location) throws Exception {
		return call(this.coordinator, post("/api/v1/organisations/{id}/services", organisation).content("""
				{"name": "%s", "category": "%s", "locationId": %s, "verifiedOn": "%s"}""".formatted(name, category,
				location == null ? "null" : "\"" + location + "\"", LocalDate.now().minusMonths(1))));
	}

	private static String body(String name, String kind, LocalDate verifiedOn, Long version) {
		return """
				{"name": "%s", "kind": %s, "description": "Zorg in de regio", "email": "info@example.nl",
				 "verifiedOn": "%s", "version": %s}""".formatted(name, kind == null ? "null" : "\"" + kind + "\"",
				verifiedOn, version);
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
