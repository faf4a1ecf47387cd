package nl.koers.socialmap;

import java.time.LocalDate;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social map pages: the coordinator keeps the map through the forms, a consultant
 * finds services, and a broken import shows its lines.
 */
@KoersTest
class SocialMapPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Municipality municipality;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
	}

	@Test
	void theCoordinatorAddsAnOrganisationWithAServiceAndAConsultantFindsIt() throws Exception {
		String location = this.mvc
			.perform(post("/social-map/organisations").param("name", "Humanitas Tiel")
				.param("kind", "VOLUNTEER_AGENCY")
				.param("verifiedOn", LocalDate.now().toString())
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(redirectedUrlPattern("/social-map/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post(location + "/locations").param("city", "Tiel")
				.param("address", "Waterstraat 3")
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(location + "/services").param("name", "Thuisadministratie")
				.param("category", "DEBT_HELP")
				.param("verifiedOn", LocalDate.now().toString())
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection());
		String refused = this.mvc
			.perform(post(location + "/contacts").param("name", " ").with(csrf()).with(user(this.coordinator)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#contact-name + .field-error").text()).isNotBlank();
		assertThat(page(location, this.coordinator).select("#contacts li")).isEmpty();

		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		Document search = page("/social-map?category=DEBT_HELP&place=Tiel", consultant);
		assertThat(search.select("#services tbody tr").text()).contains("Thuisadministratie", "Humanitas Tiel",
				"Schuldhulp");
		assertThat(search.select("a[href=/social-map/organisations/new]")).isEmpty();
		assertThat(page(location, consultant).select("form")).hasSize(1);
		assertThat(page("/social-map?lang=en", consultant).select("#services").text()).contains("Debt help");
		this.mvc.perform(get("/social-map/organisations/new").with(user(consultant))).andExpect(status().isForbidden());
		this.mvc.perform(get("/social-map").with(user(this.municipality.user(Role.ADMINISTRATOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongImportShowsTheLinesAndAddsNothing() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("organizations.csv"));
			zip.write("id,name,koers_kind\n0b5c3f43-5a52-4d1e-a0a4-4f9e1bb04a01,,PROVIDER\n"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		String body = this.mvc
			.perform(multipart("/social-map/import")
				.file(new MockMultipartFile("file", "kaart.zip", "application/zip", bytes.toByteArray()))
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(body).select("div.alert li").text())
			.isEqualTo("organizations.csv, regel 2: kolom name ontbreekt.");
		assertThat(page("/social-map/organisations", this.coordinator).select("#organisations")).isEmpty();
	}

	private Document page(String path, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
