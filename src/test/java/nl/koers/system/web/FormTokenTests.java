package nl.koers.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The UI's one-time form tokens: every form that posts carries one, and a form posted
 * twice with it (a double click, two identical parallel posts) runs once and answers both
 * with the same redirect.
 */
@KoersTest
class FormTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	String goals;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead, Fixtures.details().caseLead(this.caseLead.id()));
		this.goals = "/clients/" + this.client.id() + "/goals";
	}

	@Test
	void everyFormThatPostsCarriesItsOwnTokenBesideTheCsrfToken() throws Exception {
		Document first = page(this.goals + "/new");
		Document second = page(this.goals + "/new");

		String token = first.select("form[method=post] input[type=hidden][name=_formToken]").val();
		assertThat(token).matches("[A-Za-z0-9_-]{32}");
		assertThat(first.select("form[method=post] input[type=hidden][name=_csrf]")).isNotEmpty();
		assertThat(second.select("input[name=_formToken]").val()).isNotEqualTo(token);
		Document report = page("/reports/routes");
		assertThat(report.select("form[method=get]")).isNotEmpty();
		assertThat(report.select("form[method=get] input[name=_formToken]")).isEmpty();
	}

	@Test
	void aFormPostedTwiceWithItsTokenCreatesOneRecordAndAnswersBothWithTheSameRedirect() throws Exception {
		String token = page(this.goals + "/new").select("input[name=_formToken]").val();

		MockHttpServletResponse first = postGoal(this.caseLead, this.goals, token);
		MockHttpServletResponse second = postGoal(this.caseLead, this.goals, token);

		assertThat(first.getStatus()).isEqualTo(302);
		assertThat(first.getRedirectedUrl()).startsWith(this.goals + "#goal-");
		assertThat(second.getStatus()).isEqualTo(302);
		assertThat(second.getHeader("Location")).isEqualTo(first.getRedirectedUrl());
		assertThat(goals(this.client)).isEqualTo(1);
	}

	@Test
	void twoParallelPostsWithOneTokenCreateOneRecordAndGetTheSameRedirect() throws Exception {
		String token = FormTokenFields.newToken();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return postGoal(this.caseLead, this.goals, token);
				}));
			}
			start.countDown();
			MockHttpServletResponse one = answers.get(0).get(60, TimeUnit.SECONDS);
			MockHttpServletResponse other = answers.get(1).get(60, TimeUnit.SECONDS);

			assertThat(one.getStatus()).isEqualTo(302);
			assertThat(other.getStatus()).isEqualTo(302);
			assertThat(one.getHeader("Location")).startsWith(this.goals + "#goal-")
				.isEqualTo(other.getHeader("Location"));
			assertThat(goals(this.client)).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void anotherUsersTokenIsNotHonoured() throws Exception {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		ClientView theirs = this.municipality.client(colleague, Fixtures.details().caseLead(colleague.id()));
		String theirGoals = "/clients/" + theirs.id() + "/goals";
		String token = FormTokenFields.newToken();

		MockHttpServletResponse mine = postGoal(this.caseLead, this.goals, token);
		MockHttpServletResponse their = postGoal(colleague, theirGoals, token);

		assertThat(mine.getRedirectedUrl()).startsWith(this.goals + "#goal-");
		assertThat(their.getRedirectedUrl()).startsWith(theirGoals + "#goal-");
		assertThat(goals(this.client)).isEqualTo(1);
		assertThat(goals(theirs)).isEqualTo(1);
	}

	@Test
	void aFormShownAgainWithItsReasonsFreesItsTokenAndPostsWithoutATokenRunAsBefore() throws Exception {
		String token = FormTokenFields.newToken();
		assertThat(this.mvc
			.perform(post(this.goals).param("description", " ")
				.param("startDate", "2026-01-05")
				.param(FormTokenFields.PARAMETER, token)
				.with(user(this.caseLead))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(postGoal(this.caseLead, this.goals, token).getStatus()).isEqualTo(302);
		assertThat(goals(this.client)).isEqualTo(1);

		assertThat(postGoal(this.caseLead, this.goals, null).getStatus()).isEqualTo(302);
		assertThat(postGoal(this.caseLead, this.goals, null).getStatus()).isEqualTo(302);
		assertThat(goals(this.client)).isEqualTo(3);
	}

	@Test
	void anHtmxPostCarriesTheTokenInAHeaderAndAChangedFormRunsOnItsOwn() throws Exception {
		String token = FormTokenFields.newToken();
		MockHttpServletResponse first = this.mvc
			.perform(goal(this.goals, null).header(FormTokenFields.HEADER, token).with(user(this.caseLead)))
			.andReturn()
			.getResponse();
		MockHttpServletResponse again = this.mvc
			.perform(goal(this.goals, null).header(FormTokenFields.HEADER, token).with(user(this.caseLead)))
			.andReturn()
			.getResponse();
		assertThat(again.getHeader("Location")).isEqualTo(first.getRedirectedUrl());
		assertThat(goals(this.client)).isEqualTo(1);

		MockHttpServletResponse changed = this.mvc
			.perform(goal(this.goals, token).param("description", "Iets anders").with(user(this.caseLead)))
			.andReturn()
			.getResponse();
		assertThat(changed.getRedirectedUrl()).isNotEqualTo(first.getRedirectedUrl());
		assertThat(goals(this.client)).isEqualTo(2);
	}

	private MockHttpServletResponse postGoal(CurrentUser user, String goals, String token) throws Exception {
		return this.mvc.perform(goal(goals, token).with(user(user))).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder goal(String goals, String token) {
		MockHttpServletRequestBuilder post = post(goals).param("category", "VOLUNTEER_WORK")
			.param("description", "Bij de kringloop helpen")
			.param("startDate", "2026-01-05")
			.with(csrf());
		return token == null ? post : post.param(FormTokenFields.PARAMETER, token);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path).with(user(this.caseLead))).andReturn().getResponse().getContentAsString());
	}

	private int goals(ClientView client) {
		return this.jdbc.sql("select count(*) from goal where client_id = ?")
			.param(client.id())
			.query(Integer.class)
			.single();
	}

}
