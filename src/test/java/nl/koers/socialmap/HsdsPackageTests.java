package nl.koers.socialmap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HSDS 3.0 both ways: the export is a valid HSDS tabular data package (checked against
 * the official JSON schema and the package's own field definitions, copied from the
 * specification into {@code src/test/resources/hsds}); the specification's example
 * imports; Koers's export imports again without copies or loss; refusals name file, row
 * and field; one municipality's import leaves another's map alone.
 */
@KoersTest
class HsdsPackageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Municipality municipality;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() throws Exception {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		String linge = id(call(post("/api/v1/organisations").content("""
				{"name": "Zorggroep Linge", "kind": "CARE_INSTITUTION", "description": "Zorg in de regio",
				 "website": "https://linge.example", "email": "info@linge.example", "phone": "0344 123456",
				 "verifiedOn": "%s"}""".formatted(LocalDate.now().minusMonths(2)))).andExpect(status().isCreated()));
		String tiel = id(call(post("/api/v1/organisations/{id}/locations", linge).content(
				"{\"name\": \"Hoofdvestiging\", \"address\": \"Stationsstraat 1\", \"postalCode\": \"4001 AA\", \"city\": \"Tiel\"}"))
			.andExpect(status().isCreated()));
		call(post("/api/v1/organisations/{id}/locations", linge).content("{\"city\": \"Culemborg\"}"))
			.andExpect(status().isCreated());
		call(post("/api/v1/organisations/{id}/services", linge).content("""
				{"name": "Ambulante GGZ", "category": "MENTAL_HEALTH", "description": "Gesprekken",
				 "locationId": "%s", "verifiedOn": "%s"}""".formatted(tiel, LocalDate.now().minusMonths(1))))
			.andExpect(status().isCreated());
		call(post("/api/v1/organisations/{id}/contacts", linge).content(
				"{\"name\": \"Sanne de Vries\", \"role\": \"Trajectbegeleider\", \"email\": \"sanne@linge.example\", \"phone\": \"06 12345678\"}"))
			.andExpect(status().isCreated());
		String plain = id(call(post("/api/v1/organisations").content("""
				{"name": "Stichting Zonder", "kind": "VOLUNTEER_AGENCY", "verifiedOn": "%s"}"""
			.formatted(LocalDate.now()))).andExpect(status().isCreated()));
		call(post("/api/v1/organisations/{id}/services", plain).content("""
				{"name": "Maatje", "category": "VOLUNTEER_WORK", "verifiedOn": "%s"}""".formatted(LocalDate.now())))
			.andExpect(status().isCreated());
	}

	@Test
	void theExportIsAValidHsdsPackageByTheOfficialSchema() throws Exception {
		Map<String, byte[]> files = unzip(export(this.coordinator));
		JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
		JsonNode official = JSON
			.readTree(Files.readAllBytes(Path.of("src/main/resources/socialmap/hsds/datapackage.json")));
		assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
		assertThat(descriptor.get("version").asString()).isEqualTo("3.0.0");
		assertThat(descriptor.get("resources")).hasSize(official.get("resources").size());
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		Map<String, Set<String>> keys = new HashMap<>();
		Map<String, List<Map<String, String>>> tables = new HashMap<>();
		for (JsonNode resource : descriptor.get("resources")) {
			String path = resource.get("path").asString();
			assertThat(files).as(path).containsKey(path);
			assertThat(files.get(path)[0]).as(path + " has no byte-order mark").isNotEqualTo((byte) 0xEF);
			List<String> header = new ArrayList<>();
			resource.get("schema").get("fields").forEach(field -> header.add(field.get("name").asString()));
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new java.io.StringReader(new String(files.get(path), StandardCharsets.UTF_8)))
				.getRecords();
			String first = new String(files.get(path), StandardCharsets.UTF_8).split("\r\n")[0];
			assertThat(first).as(path).isEqualTo(String.join(",", header));
			Schema schema = registry
				.getSchema(SchemaLocation.of("classpath:hsds/schema/" + resource.get("name").asString() + ".json"));
			List<Map<String, String>> rows = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			for (CSVRecord record : records) {
				Map<String, String> row = record.toMap();
				rows.add(row);
				ObjectNode object = JSON.createObjectNode();
				for (JsonNode field : resource.get("schema").get("fields")) {
					String name = field.get("name").asString();
					String value = row.get(name);
					JsonNode constraints = field.get("constraints");
					String where = path + " row " + (record.getRecordNumber() + 1) + " " + name;
					if (constraints != null && constraints.path("required").asBoolean(false)) {
						assertThat(value).as(where + " required").isNotEmpty();
					}
					if (value == null || value.isEmpty()) {
						continue;
					}
					if (constraints != null && constraints.has("enum")) {
						List<String> allowed = new ArrayList<>();
						constraints.get("enum").forEach(option -> allowed.add(option.asString()));
						assertThat(allowed).as(where).contains(value);
					}
					if ("uuid".equals(field.path("format").asString(""))) {
						assertThat(value).as(where).matches(UUID_PATTERN);
					}
					if ("date".equals(field.get("type").asString())) {
						LocalDate.parse(value);
					}
					if ("number".equals(field.get("type").asString())) {
						object.put(name, Double.parseDouble(value));
					}
					else {
						object.put(name, value);
					}
				}
				assertThat(ids.add(row.get("id"))).as(path + " unique id " + row.get("id")).isTrue();
				assertThat(schema.validate(object)).as(path + " row " + (record.getRecordNumber() + 1)).isEmpty();
			}
			keys.put(resource.get("name").asString(), ids);
			tables.put(resource.get("name").asString(), rows);
		}
		for (JsonNode resource : descriptor.get("resources")) {
			for (JsonNode foreignKey : resource.get("schema").path("foreignKeys")) {
				String field = foreignKey.get("fields").asString();
				String target = foreignKey.get("reference").get("resource").asString();
				for (Map<String, String> row : tables.get(resource.get("name").asString())) {
					String value = row.get(field);
					if (value != null && !value.isEmpty()) {
						assertThat(keys.get(target)).as(resource.get("name").asString() + "." + field).contains(value);
					}
				}
			}
		}
		assertThat(tables.get("location")).hasSize(2)
			.allSatisfy(row -> assertThat(row.get("location_type")).isEqualTo("physical"));
		assertThat(tables.get("address")).hasSize(2);
		assertThat(tables.get("phone")).hasSize(2);
		assertThat(tables.get("service_at_location")).hasSize(1);
		assertThat(tables.get("attribute")).hasSize(2);
	}

	@Test
	void theSpecificationsExampleImports() throws Exception {
		Map<String, byte[]> example = new LinkedHashMap<>();
		try (var names = Files.list(Path.of("src/test/resources/hsds/examples"))) {
			for (Path file : names.toList()) {
				example.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		importing(this.coordinator, zip(example)).andExpect(status().isOk())
			.andExpect(jsonPath("$.organisations").value(1))
			.andExpect(jsonPath("$.services").value(1))
			.andExpect(jsonPath("$.locations").value(1))
			.andExpect(jsonPath("$.contacts").value(1))
			.andExpect(jsonPath("$.updated").value(0));
		String id = JsonPath.read(call(get("/api/v1/organisations").param("q", "Example Organization")).andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		call(get("/api/v1/organisations/{id}", id)).andExpect(jsonPath("$.phone").value("\"+44 1234 234567\""))
			.andExpect(jsonPath("$.email").value("email@example.com"))
			.andExpect(jsonPath("$.locations[0].address").value("1-30 Main Street"))
			.andExpect(jsonPath("$.locations[0].postalCode").value("ABC 1234"))
			.andExpect(jsonPath("$.locations[0].city").value("MyCity"))
			.andExpect(jsonPath("$.services[0].name").value("Community Counselling"))
			.andExpect(jsonPath("$.services[0].verifiedOn").value("2005-01-01"))
			.andExpect(jsonPath("$.services[0].city").value("MyCity"))
			.andExpect(jsonPath("$.contacts[0].name").value("Ann Persona"))
			.andExpect(jsonPath("$.contacts[0].phone").value("\"+44 1234 234567\""));
		// the example's service keeps its HSDS id and status in the export
		Map<String, byte[]> files = unzip(export(this.coordinator));
		assertThat(new String(files.get("services.csv"), StandardCharsets.UTF_8))
			.contains("ac148810-d857-441c-9679-408f346de14b,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
		assertThat(new String(files.get("addresses.csv"), StandardCharsets.UTF_8)).contains("MyState,ABC 1234,US");
	}

	@Test
	void theExportImportsAgainWithoutCopiesOrLossAndIntoAnotherMunicipality() throws Exception {
		byte[] exported = export(this.coordinator);
		importing(this.coordinator, exported).andExpect(status().isOk())
			.andExpect(jsonPath("$.organisations").value(2))
			.andExpect(jsonPath("$.updated").value(2 + 2 + 2 + 1))
			.andExpect(jsonPath("$.skipped", hasSize(0)));
		call(get("/api/v1/organisations")).andExpect(jsonPath("$.items", hasSize(2)));
		assertThat(tablesOf(export(this.coordinator))).isEqualTo(tablesOf(exported));

		Municipality other = this.fixtures.municipality();
		CurrentUser stranger = other.user(Role.COORDINATOR);
		importing(stranger, exported).andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(0));
		importing(stranger, exported).andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(7));
		assertThat(tablesOf(export(stranger))).isEqualTo(tablesOf(exported));
		// the first municipality's map is untouched by the other's imports
		assertThat(tablesOf(export(this.coordinator))).isEqualTo(tablesOf(exported));
		call(get("/api/v1/organisations")).andExpect(jsonPath("$.items", hasSize(2)));
	}

	@Test
	void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralisedAndComeBackOnImport() throws Exception {
		for (String name : List.of("=HYPERLINK(\"http://x\")", "+1+cmd", "-1-2x", "@SUM(1)")) {
			call(post("/api/v1/organisations").content(JSON.writeValueAsString(Map.of("name", name, "kind", "PROVIDER",
					"phone", "+31 344 123456", "verifiedOn", LocalDate.now().toString()))))
				.andExpect(status().isCreated());
		}
		byte[] exported = export(this.coordinator);
		String organisations = new String(unzip(exported).get("organizations.csv"), StandardCharsets.UTF_8);
		assertThat(organisations).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "'+1+cmd", "'-1-2x", "'@SUM(1)")
			.doesNotContain(",=", ",+1+", ",-1-", ",@");
		assertThat(new String(unzip(exported).get("phones.csv"), StandardCharsets.UTF_8)).contains(",+31 344 123456")
			.doesNotContain("'+31");

		Municipality other = this.fixtures.municipality();
		CurrentUser stranger = other.user(Role.COORDINATOR);
		importing(stranger, exported).andExpect(status().isOk());
		assertThat(tablesOf(export(stranger))).isEqualTo(tablesOf(exported));
		this.mvc.perform(get("/api/v1/organisations").param("limit", "500").with(user(stranger)))
			.andExpect(jsonPath("$.items[*].name", hasItem("=HYPERLINK(\"http://x\")")));
	}

	@Test
	void aWrongPackageImportsNothingAndNamesEveryRefusedRowAndField() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files
			.put("organizations.csv",
					("id,name,description\r\n" + "0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a01,Goed,x\r\n"
							+ "not-a-uuid,Fout,x\r\n" + "0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a02,,x\r\n")
						.getBytes(StandardCharsets.UTF_8));
		files.put("services.csv", ("id,organization_id,name,status,assured_date\r\n"
				+ "0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a03,0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a01,Dienst,open,gisteren\r\n")
			.getBytes(StandardCharsets.UTF_8));
		importing(this.coordinator, zip(files)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[*].message")
				.value(hasItem("organizations.csv, regel 3: kolom id ontbreekt of klopt niet.")))
			.andExpect(
					jsonPath("$.errors[*].message").value(hasItem("organizations.csv, regel 4: kolom name ontbreekt.")))
			.andExpect(jsonPath("$.errors[*].message")
				.value(hasItem("services.csv, regel 2: kolom status ontbreekt of klopt niet.")))
			.andExpect(jsonPath("$.errors[*].message")
				.value(hasItem("services.csv, regel 2: kolom assured_date ontbreekt of klopt niet.")));
		call(get("/api/v1/organisations").param("q", "Goed")).andExpect(jsonPath("$.items", hasSize(0)));
		importing(this.coordinator, "not a zip".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent());
		importing(this.coordinator, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }).andExpect(status().is4xxClientError());
	}

	@Test
	void rowsTheMapHasNoPlaceForAreSkippedAndNamedOnThePageAndTheRestIsKept() throws Exception {
		String org = "5e0b1a52-8f57-4b8e-9d55-000000000001";
		String service = "5e0b1a52-8f57-4b8e-9d55-000000000002";
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("organizations.csv",
				("id,name,description\r\n" + org + ",Buurtkamer,Ontmoeting\r\n").getBytes(StandardCharsets.UTF_8));
		files.put("services.csv", ("id,organization_id,name,status,last_modified\r\n" + service + "," + org
				+ ",Inloop,temporarily closed,2026-03-29T01:30:00Z\r\n")
			.getBytes(StandardCharsets.UTF_8));
		files.put("locations.csv",
				("id,location_type,organization_id,name\r\n" + "5e0b1a52-8f57-4b8e-9d55-000000000003,virtual," + org
						+ ",Online\r\n")
					.getBytes(StandardCharsets.UTF_8));
		files.put("contacts.csv", ("id,organization_id,name\r\n5e0b1a52-8f57-4b8e-9d55-000000000004," + org + ",\r\n")
			.getBytes(StandardCharsets.UTF_8));
		var result = this.mvc
			.perform(multipart("/social-map/import")
				.file(new MockMultipartFile("file", "kaart.zip", "application/zip", zip(files)))
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = this.mvc
			.perform(get("/social-map/organisations").cookie(result.getResponse().getCookies())
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#skipped li").eachText()).containsExactly(
				"locations.csv, regel 2 (id): locatie zonder adres met plaats.",
				"contacts.csv, regel 2 (name): contactpersoon zonder naam.");
		call(get("/api/v1/services").param("q", "Inloop"))
			.andExpect(jsonPath("$.items[0].status").value("temporarily closed"))
			// last_modified is an instant: 01:30 UTC on 29 March 2026 is 03:30 summer
			// time in the Netherlands
			.andExpect(jsonPath("$.items[0].verifiedOn").value("2026-03-29"));
	}

	@Test
	void onlyTheCoordinatorImportsAndOnlyReadersExport() throws Exception {
		byte[] exported = export(this.coordinator);
		for (Role role : new Role[] { Role.CONSULTANT, Role.INSTITUTION_WORKER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			importing(this.municipality.user(role), exported).andExpect(status().isForbidden());
		}
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.AUDITOR }) {
			this.mvc.perform(get("/api/v1/social-map/export").with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
	}

	private Map<String, List<String>> tablesOf(byte[] zip) throws IOException {
		Map<String, List<String>> tables = new HashMap<>();
		unzip(zip).forEach((name, content) -> {
			List<String> lines = new ArrayList<>(List.of(new String(content, StandardCharsets.UTF_8).split("\r\n")));
			lines.sort(null);
			tables.put(name, lines);
		});
		return tables;
	}

	private byte[] export(CurrentUser user) throws Exception {
		return this.mvc.perform(get("/api/v1/social-map/export").with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private ResultActions importing(CurrentUser user, byte[] zip) throws Exception {
		return this.mvc.perform(multipart("/api/v1/social-map/import")
			.file(new MockMultipartFile("file", "kaart.zip", "application/zip", zip))
			.with(user(user)));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(this.coordinator)));
	}

}
