package nl.koers.demo;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.PooledTestDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo households: every client's members are recorded, and three pairs of KP4
 * partners in West Betuwe make the route report count three households fewer than
 * clients.
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@AutoConfigureMockMvc
@Import(PooledTestDataSource.class)
class DemoHouseholdsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void westBetuweCountsThreeHouseholdsFewerThanKp4Clients() throws Exception {
		String date = LocalDate.now().toString();
		int clients = total(date, "CLIENTS");
		assertThat(clients).isPositive();
		assertThat(total(date, "HOUSEHOLDS")).isEqualTo(clients - 3);
	}

	@Test
	void aClientFileShowsTheRecordedHousehold() throws Exception {
		String list = this.mvc.perform(get("/api/v1/clients").with(httpBasic("consulent", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(list, "$.items[0].id");
		this.mvc.perform(get("/api/v1/clients/" + id).with(httpBasic("consulent", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.household.membersRecorded").value(true));
	}

	private int total(String date, String count) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/reports/routes").param("date", date)
				.param("count", count)
				.with(httpBasic("manager", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.total");
	}

}
