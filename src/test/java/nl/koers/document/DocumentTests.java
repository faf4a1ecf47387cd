package nl.koers.document;

import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents in the client file, by page and API: filed only when the content is a PDF,
 * JPEG or PNG within the limit, read back unchanged, every read logged, and nothing for a
 * user without the right or from another municipality.
 */
@KoersTest
class DocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

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
		this.client = this.municipality.client(this.caseLead, Fixtures.details().caseLead(this.caseLead.id()));
		this.page = "/clients/" + this.client.id() + "/documents";
	}

	@Test
	void theCaseLeadAddsAStatementAndDownloadsItUnchanged() throws Exception {
		this.mvc
			.perform(multipart(this.page).file(file("../scans/verklaring<huisarts>.pdf", FileTypeAndNameTests.PDF))
				.param("title", "Verklaring huisarts")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "document.saved"));
		Document list = html(get(this.page), this.caseLead, 200);
		assertThat(list.select("table.documents tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains("Verklaring huisarts", "verklaring_huisarts_.pdf",
					"Toegevoegd", "1 kB", this.caseLead.displayName()));
		String download = list.selectFirst("table.documents a").attr("href");
		this.mvc.perform(get(download).with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(FileTypeAndNameTests.PDF))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"verklaring_huisarts_.pdf\""))
			.andExpect(header().string("Cache-Control", "no-store"));
		assertThat(log()).containsExactly("UPDATE POST /clients/{clientId}/documents",
				"READ GET /clients/{clientId}/documents", "READ GET /clients/{clientId}/documents/{documentId}");
	}

	@Test
	void theFileSectionOffersTheFormOnRequestOnlyToWhoMayFile() throws Exception {
		Document fragment = html(get(this.page).header("HX-Request", "true"), this.caseLead, 200);
		assertThat(fragment.select("header, h1")).isEmpty();
		assertThat(fragment.select(".documents-none").text()).isEqualTo("Er zijn nog geen documenten.");
		assertThat(fragment.selectFirst("details.form-disclosure").hasAttr("open")).isFalse();
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		Cookie session = ReasonOfAccess.given(this.mvc, colleague, this.client.id());
		assertThat(html(get(this.page).cookie(session), colleague, 200).select("details.form-disclosure form"))
			.isEmpty();
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
		Document refused = html(multipart(this.page).file(file("brief.pdf", "Beste mevrouw".getBytes()))
			.param("title", "Brief")
			.with(csrf()), this.caseLead, 422);
		assertThat(refused.select(".alert").text()).contains("Dit bestand is geen PDF, JPEG of PNG.");
		assertThat(refused.selectFirst("details.form-disclosure").hasAttr("open")).isTrue();
		assertThat(refused.selectFirst("input#title").val()).isEqualTo("Brief");
		api(this.caseLead,
				multipart("/api/v1/clients/{id}/documents", this.client.id())
					.file(file("foto.png", "<svg/>".getBytes()))
					.param("title", "Foto"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("Dit bestand is geen PDF")));
		assertThat(count()).isZero();
	}

	@Test
	void aFileOverTheLimitAndAnEmptyTitleAreRefused() throws Exception {
		byte[] large = Arrays.copyOf(FileTypeAndNameTests.PDF, 10 * 1024 * 1024 + 1);
		Document refused = html(
				multipart(this.page).file(file("groot.pdf", large)).param("title", "Groot").with(csrf()), this.caseLead,
				422);
		assertThat(refused.select(".alert").text()).contains("Het bestand is te groot: hoogstens 10 MB.");
		Document untitled = html(
				multipart(this.page).file(file("plan.pdf", FileTypeAndNameTests.PDF)).param("title", " ").with(csrf()),
				this.caseLead, 400);
		assertThat(untitled.selectFirst("#title-error").text()).isEqualTo("Dit veld is verplicht.");
		assertThat(count()).isZero();
	}

	@Test
	void theApiFilesADocumentByItsRealTypeAndReturnsItsContent() throws Exception {
		String location = api(this.caseLead,
				multipart("/api/v1/clients/{id}/documents", this.client.id())
					.file(file("scan.png", FileTypeAndNameTests.JPEG))
					.param("title", "Ondertekend plan"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/documents/")))
			.andExpect(jsonPath("$.fileName").value("scan.jpg"))
			.andExpect(jsonPath("$.mediaType").value("image/jpeg"))
			.andExpect(jsonPath("$.kind").value("UPLOAD"))
			.andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.hasLength(64)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		api(this.caseLead, get(location)).andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(content().bytes(FileTypeAndNameTests.JPEG));
	}

	@Test
	void whoMayNotReadTheClientGetsNothing() throws Exception {
		String id = JsonPath.read(api(this.caseLead,
				multipart("/api/v1/clients/{id}/documents", this.client.id())
					.file(file("plan.pdf", FileTypeAndNameTests.PDF))
					.param("title", "Plan"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		api(stranger, get("/api/v1/documents/{id}", id)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.page).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.page + "/" + id).with(user(stranger))).andExpect(status().isNotFound());
		api(stranger,
				multipart("/api/v1/clients/{id}/documents", this.client.id())
					.file(file("plan.pdf", FileTypeAndNameTests.PDF))
					.param("title", "Plan"))
			.andExpect(status().isNotFound());
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.INSTITUTION_WORKER, Role.ADMINISTRATOR,
				Role.AUDITOR)) {
			CurrentUser other = this.municipality.user(role);
			api(other, get("/api/v1/documents/{id}", id)).andExpect(status().isForbidden());
			this.mvc.perform(get(this.page + "/" + id).with(user(other))).andExpect(status().isForbidden());
		}
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		api(colleague,
				multipart("/api/v1/clients/{id}/documents", this.client.id())
					.file(file("plan.pdf", FileTypeAndNameTests.PDF))
					.param("title", "Plan"))
			.andExpect(status().isForbidden());
		ClientView otherClient = this.municipality.client(this.caseLead);
		this.mvc.perform(get("/clients/" + otherClient.id() + "/documents/" + id).with(user(this.caseLead)))
			.andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(1);
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private ResultActions api(CurrentUser user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(user(user)));
	}

	private Document html(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser user, int status)
			throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int count() {
		return this.jdbc.sql("select count(*) from document where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single();
	}

	private List<String> log() {
		return this.jdbc
			.sql("select action || ' ' || purpose from access_log_entry where user_id = ? and client_id = ? "
					+ "and purpose like '%documents%' order by id")
			.params(this.caseLead.id(), this.client.id())
			.query(String.class)
			.list();
	}

}
