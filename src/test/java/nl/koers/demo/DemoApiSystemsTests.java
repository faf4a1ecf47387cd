package nl.koers.demo;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.PooledTestDataSource;
import nl.koers.SystemTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static nl.koers.SystemTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's system: {@code instelling-systeem} with the demo password gets a token for
 * referrals and trajectories and sees exactly what the demo institution worker sees; with
 * the demo data HTTP Basic is on for the demo users.
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@AutoConfigureMockMvc
@Import(PooledTestDataSource.class)
class DemoApiSystemsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theInstitutionsSystemSeesWhatItsWorkerSees() throws Exception {
		String token = new SystemTokens(this.context).token(DemoApiSystems.CLIENT_ID, DemoData.PASSWORD,
				"referrals trajectories");
		assertThat(ids(get("/api/v1/referrals").with(bearer(token)))).hasSize(1)
			.isEqualTo(ids(get("/api/v1/referrals").with(httpBasic(DemoWorld.INSTITUTION_WORKER, DemoData.PASSWORD))));
		assertThat(ids(get("/api/v1/trajectories").with(bearer(token)))).hasSize(4);
		this.mvc.perform(get("/api/v1/clients").with(bearer(token))).andExpect(status().isForbidden());
	}

	private List<String> ids(RequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].id");
	}

}
