package nl.koers.referral;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.KoersTest;
import nl.koers.consent.api.DataCategory;
import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.Documents;
import nl.koers.document.api.NewDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents reach an institution only under the category DOCUMENTS, with the client's
 * consent and a data-sharing agreement: the documents added to the file, never the
 * municipality's own letters, each read logged.
 */
@KoersTest
class DocumentSharingTests {

	private static final byte[] PDF = "%PDF-1.7\nplan".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	UUID plan;

	UUID letter;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
		this.plan = this.documents
			.file(this.world.consultant, this.world.client.id(),
					new NewDocument(DocumentKind.UPLOAD, "Ondertekend plan", "plan.pdf", PDF))
			.id();
		this.letter = this.documents
			.file(this.world.consultant, this.world.client.id(),
					new NewDocument(DocumentKind.LETTER, "Besluit", "besluit.pdf", PDF))
			.id();
	}

	@Test
	void withConsentAndAgreementTheInstitutionReadsTheAddedDocumentsOnly() throws Exception {
		this.world.agreement(this.world.organisation, DataCategory.IDENTITY, DataCategory.DOCUMENTS);
		this.world.consent(this.world.organisation, DataCategory.IDENTITY, DataCategory.DOCUMENTS);
		String referral = sent();
		String shared = "/referrals/" + referral + "/shared/documents";

		Document list = Jsoup.parse(this.mvc.perform(get(shared).with(user(this.world.worker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("a.shared-document").eachText()).containsExactly("Ondertekend plan");
		this.mvc.perform(get(shared + "/" + this.plan).with(user(this.world.worker)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get(shared + "/" + this.letter).with(user(this.world.worker)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select purpose from access_log_entry where user_id = ? and outcome = 'SUCCESS' and action = 'READ' "
					+ "and purpose like '%documents%' order by id")
			.param(this.world.worker.id())
			.query(String.class)
			.list())
			.contains("GET /referrals/{id}/shared/documents", "GET /referrals/{id}/shared/documents/{documentId}");
	}

	@Test
	void withoutConsentForDocumentsNothingIsShownAndTheRefusalIsLogged() throws Exception {
		this.world.agreement(this.world.organisation, DataCategory.IDENTITY, DataCategory.DOCUMENTS);
		this.world.consent(this.world.organisation, DataCategory.IDENTITY);
		String shared = "/referrals/" + sent() + "/shared/documents";
		this.mvc.perform(get(shared).with(user(this.world.worker))).andExpect(status().isNotFound());
		this.mvc.perform(get(shared + "/" + this.plan).with(user(this.world.worker))).andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where user_id = ? and outcome = 'DENIED' and client_id = ?")
			.params(this.world.worker.id(), this.world.client.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
		for (String path : List.of(shared, shared + "/" + this.plan)) {
			this.mvc.perform(get(path).with(user(this.world.consultant))).andExpect(status().isForbidden());
		}
	}

	private String sent() throws Exception {
		String id = JsonPath.read(
				this.mvc
					.perform(post("/api/v1/clients/{id}/referrals", this.world.client.id())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"serviceId\": \"%s\", \"reason\": \"Begeleiding nodig\"}"
							.formatted(this.world.service))
						.with(user(this.world.consultant)))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.id");
		this.mvc
			.perform(put("/api/v1/referrals/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"SENT\"}")
				.with(user(this.world.consultant)))
			.andExpect(status().isOk());
		return id;
	}

}
