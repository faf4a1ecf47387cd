package nl.koers.demo;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import jakarta.servlet.http.Cookie;
import nl.koers.PooledTestDataSource;
import nl.koers.SecondFactorCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main menu (issue 17): no demo role sees more than seven top entries; related pages
 * are grouped in disclosure menus ({@code details} and {@code summary}, which open with
 * the keyboard and without JavaScript), and every page the role had in the menu is still
 * in it.
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@AutoConfigureMockMvc
@Import(PooledTestDataSource.class)
class NavigationTests {

	private static final int MOST_TOP_ENTRIES = 7;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"consulent;/worklist /agenda /coordination/requests /social-map /clients /clients/search /clients/new /screening "
					+ "/purchase-requests /reports/routes",
			"consulent2;/worklist /agenda /clients /clients/search /clients/new",
			"coordinator;/coordination /worklist /clients /clients/search /clients/new /screening /social-map",
			"contractbeheer;/contracts /budgets /reports/routes", "manager;/contracts /budgets /reports/routes",
			"delft-consulent;/worklist /clients", "delft-contractbeheer;/contracts /budgets",
			"delft-manager;/reports/routes", "instelling;/referrals /trajectories", "delft-instelling;/referrals",
			"beheerder;/admin/users /admin/systems /admin/imports /admin/route-settings /admin/letters",
			"auditor;/access-log" })
	void noRoleSeesMoreThanSevenTopEntries(String username, String someOfItsPages) throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/account/password").cookie(signIn(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element nav = page.selectFirst("nav.site-nav");
		assertThat(nav).isNotNull();

		assertThat(nav.select("> ul > li")).as("top entries of %s", username)
			.isNotEmpty()
			.hasSizeLessThanOrEqualTo(MOST_TOP_ENTRIES);
		for (String path : someOfItsPages.split(" ")) {
			assertThat(nav.select("a[href='" + path + "']")).as("%s in the menu of %s", path, username).hasSize(1);
		}
		for (Element group : nav.select("details.nav-group")) {
			assertThat(group.child(0).tagName()).isEqualTo("summary");
			assertThat(group.child(0).text()).isNotBlank();
			assertThat(group.select("ul a[href]")).isNotEmpty();
		}
	}

	private Cookie signIn(String username) throws Exception {
		MvcResult password = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", DemoData.PASSWORD))
			.andReturn();
		Cookie session = password.getResponse().getCookie("SESSION");
		if (!"/second-factor".equals(password.getResponse().getRedirectedUrl())) {
			assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/");
			return session;
		}
		MvcResult code = this.mvc
			.perform(post("/second-factor").with(csrf())
				.cookie(session)
				.param("code", SecondFactorCodes.next(DemoSecondFactors.TOTP_SECRET)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return code.getResponse().getCookie("SESSION");
	}

}
