package nl.koers.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.Sharing;
import nl.koers.contract.api.ContractView;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.NewContact;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.goal.api.NewProgressNote;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.trajectory.TrajectoryWorld;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution's views of a referred client (issue 17, part 5): each data category is
 * shown only while the client's consent and a data-sharing agreement valid today both
 * allow it, only to the referral's organisation in the same municipality, and every read
 * is in the access log with the category's address as its purpose.
 */
@KoersTest
class SharedDataTests {

	private static final Set<DataCategory> ALL = Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS,
			DataCategory.ROUTE, DataCategory.ASSESSMENT_SCORES, DataCategory.CONVERSATION_SUMMARIES, DataCategory.GOALS,
			DataCategory.AGREEMENTS);

	private static final Map<String, String> PAGES = Map.of("route", "ROUTE", "assessment-scores", "ASSESSMENT_SCORES",
			"conversation-summaries", "CONVERSATION_SUMMARIES", "goals", "GOALS", "agreements", "AGREEMENTS");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SocialMap map;

	@Autowired
	Sharing sharing;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
		UUID client = this.world.client.id();
		CurrentUser lead = this.world.consultant;
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		Routes routes = this.context.getBean(Routes.class);
		routes.decideProfile(lead, client,
				new ProfileDecision(ClientProfile.KP4, today.minusMonths(6), "Geheime reden profiel", null));
		routes.changeRoute(lead, client,
				new RouteChange(Route.CARE_SUPPORT, today.minusMonths(3), "Geheime reden route", null, null));
		this.context.getBean(Assessments.class)
			.record(lead, client,
					new NewAssessment("FIVE_DOMAINS", today.minusMonths(2),
							Map.of("WORK", 1, "HEALTH_AND_ADDICTION", 2, "SOCIAL_ENVIRONMENT", 3,
									"HOUSING_AND_FINANCES", 4, "JUSTICE", 5),
							Map.of("WORK", "Interne notitie werk"), "Interne samenvatting meting"));
		this.context.getBean(Contacts.class)
			.record(lead, client, new NewContact(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).minusDays(3),
					Channel.PHONE, "Gesprek over dagbesteding", false));
		this.context.getBean(Contacts.class)
			.record(lead, client, new NewContact(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).minusDays(1),
					Channel.HOME_VISIT, "Wilde niet praten", true));
		Goals goals = this.context.getBean(Goals.class);
		UUID goal = goals
			.set(lead, client, new NewGoal(GoalCategory.DAILY_RHYTHM, "Elke ochtend om 8 uur op", today.minusMonths(1)))
			.id();
		goals.addProgress(lead, goal, new NewProgressNote(today.minusDays(2), "Interne voortgangsnotitie"));
		this.context.getBean(Agreements.class)
			.make(lead, client,
					new NewAgreement("Komt naar de inloop op dinsdag", today.minusWeeks(2), null, null, null));
	}

	@Test
	void everySharedCategoryIsShownAndEachReadIsLogged() throws Exception {
		this.world.agreement(this.world.organisation, ALL.toArray(DataCategory[]::new));
		this.world.consent(this.world.organisation, ALL.toArray(DataCategory[]::new));
		String id = sent();

		Document referral = page(this.world.worker, get("/referrals/{id}", id), 200);
		assertThat(referral.select("details.shared-category summary").eachText()).containsExactly(
				"Klantprofiel en route", "Scores op de leefgebieden", "Verslagen van gesprekken", "Doelen",
				"Afspraken");
		assertThat(referral.select("details.shared-category").eachAttr("hx-get")).contains(
				"/referrals/" + id + "/shared/route", "/referrals/" + id + "/shared/assessment-scores",
				"/referrals/" + id + "/shared/conversation-summaries");
		assertThat(referral.text()).doesNotContain("Mag gedeeld worden", "Gesprek over dagbesteding",
				"Elke ochtend om 8 uur op");

		Document route = page(this.world.worker, get("/referrals/{id}/shared/route", id), 200);
		assertThat(route.select(".shared-route").text()).startsWith("Ondersteuningstraject zorg, sinds");
		assertThat(route.select(".shared-profile").text()).startsWith("KP4");
		Document scores = page(this.world.worker, get("/referrals/{id}/shared/assessment-scores", id), 200);
		assertThat(scores.select(".shared-scores td.number").eachText()).containsExactly("1", "2", "3", "4", "5");
		Document summaries = page(this.world.worker, get("/referrals/{id}/shared/conversation-summaries", id), 200);
		assertThat(summaries.select(".shared-summary").eachText()).containsExactly("Gesprek over dagbesteding");
		Document goals = page(this.world.worker, get("/referrals/{id}/shared/goals", id), 200);
		assertThat(goals.select(".shared-goal").eachText()).containsExactly("Elke ochtend om 8 uur op");
		Document agreements = page(this.world.worker, get("/referrals/{id}/shared/agreements", id), 200);
		assertThat(agreements.select(".shared-agreement").eachText()).containsExactly("Komt naar de inloop op dinsdag");
		for (Document shown : List.of(route, scores, summaries, goals, agreements)) {
			assertThat(shown.text()).doesNotContain("Geheime reden", "Interne notitie", "Interne samenvatting",
					"Interne voortgangsnotitie");
		}

		String fragment = this.mvc
			.perform(get("/referrals/{id}/shared/goals", id).header("HX-Request", "true").with(user(this.world.worker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("Elke ochtend om 8 uur op");

		for (String path : PAGES.keySet()) {
			assertThat(reads(this.world.worker, "GET /referrals/{id}/shared/" + path)).as(path)
				.isEqualTo(path.equals("goals") ? 2 : 1);
		}
	}

	@Test
	void nothingWithoutConsent() throws Exception {
		this.world.agreement(this.world.organisation, ALL.toArray(DataCategory[]::new));
		UUID consent = this.world.consent(this.world.organisation, ALL.toArray(DataCategory[]::new));
		String id = sent();
		page(this.world.worker, get("/referrals/{id}/shared/route", id), 200);
		this.mvc
			.perform(post("/api/v1/consents/{id}/withdrawal", consent).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Wil het niet meer\"}")
				.with(user(this.world.consultant)))
			.andExpect(status().isOk());
		for (String path : PAGES.keySet()) {
			page(this.world.worker, get("/referrals/{id}/shared/" + path, id), 404);
		}
		Document referral = page(this.world.worker, get("/referrals/{id}", id), 200);
		assertThat(referral.select("details.shared-category")).isEmpty();
		assertThat(denied(this.world.worker)).isPositive();
	}

	@Test
	void nothingWithConsentForAnotherCategory() throws Exception {
		this.world.agreement(this.world.organisation, ALL.toArray(DataCategory[]::new));
		this.world.consent(this.world.organisation, DataCategory.IDENTITY, DataCategory.GOALS);
		String id = sent();
		page(this.world.worker, get("/referrals/{id}/shared/goals", id), 200);
		for (String path : List.of("route", "assessment-scores", "conversation-summaries", "agreements")) {
			page(this.world.worker, get("/referrals/{id}/shared/" + path, id), 404);
		}
		assertThat(reads(this.world.worker, "GET /referrals/{id}/shared/route")).isZero();
		assertThat(denied(this.world.worker)).isEqualTo(4);
	}

	@Test
	void nothingWithoutAnAgreement() throws Exception {
		this.world.consent(this.world.organisation, ALL.toArray(DataCategory[]::new));
		String id = proposed();
		this.mvc
			.perform(put("/api/v1/referrals/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"SENT\", \"overrideReason\": \"Acute zorg nodig\"}")
				.with(user(this.world.coordinator)))
			.andExpect(status().isOk());
		for (String path : PAGES.keySet()) {
			page(this.world.worker, get("/referrals/{id}/shared/" + path, id), 404);
		}
	}

	@Test
	void nothingOnceTheAgreementHasExpired() throws Exception {
		this.world.agreement(this.world.organisation, ALL.toArray(DataCategory[]::new));
		this.world.consent(this.world.organisation, ALL.toArray(DataCategory[]::new));
		String id = sent();
		page(this.world.worker, get("/referrals/{id}/shared/route", id), 200);
		this.jdbc.sql("update sharing_agreement set valid_until = ? where organisation_id = ?")
			.params(LocalDate.now(ZoneId.of("Europe/Amsterdam")), this.world.organisation)
			.update();
		for (String path : PAGES.keySet()) {
			page(this.world.worker, get("/referrals/{id}/shared/" + path, id), 404);
		}
	}

	@Test
	void anotherInstitutionOrMunicipalityNeverAndOtherRolesAreRefused() throws Exception {
		this.world.agreement(this.world.organisation, ALL.toArray(DataCategory[]::new));
		this.world.consent(this.world.organisation, ALL.toArray(DataCategory[]::new));
		String id = sent();
		UUID other = this.world.organisation(this.map, "Andere zorg");
		this.world.agreement(other, ALL.toArray(DataCategory[]::new));
		this.world.consent(other, ALL.toArray(DataCategory[]::new));
		CurrentUser otherOrganisation = this.world.worker(other);
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.INSTITUTION_WORKER);
		for (CurrentUser stranger : List.of(otherOrganisation, elsewhere)) {
			for (String path : PAGES.keySet()) {
				page(stranger, get("/referrals/{id}/shared/" + path, id), 404);
			}
		}
		assertThat(denied(otherOrganisation)).isPositive();
		for (CurrentUser staff : List.of(this.world.consultant, this.world.coordinator)) {
			page(staff, get("/referrals/{id}/shared/route", id), 403);
		}
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where client_id = ? and outcome = 'SUCCESS'"
					+ " and purpose like 'GET /referrals/{id}/shared/%'")
			.param(this.world.client.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aProviderSeesTheSharedCategoriesOfItsTrajectory() throws Exception {
		TrajectoryWorld trajectories = new TrajectoryWorld(this.context);
		trajectories.delftBudget();
		ContractView pilot = trajectories.contract(trajectories.delft());
		UUID client = trajectories.eligibleClient();
		UUID id = this.context.getBean(Nominations.class)
			.nominate(trajectories.consultant, client, new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
		this.context.getBean(Trajectories.class)
			.answer(trajectories.worker, id, new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		page(trajectories.worker, get("/trajectories/{id}/shared/route", id), 404);

		this.sharing.recordAgreement(trajectories.coordinator, trajectories.provider,
				new NewSharingAgreement(Set.of(DataCategory.IDENTITY, DataCategory.ROUTE, DataCategory.GOALS),
						"Convenant", "Activering", LocalDate.now().minusMonths(1), null));
		this.sharing.recordConsent(trajectories.consultant, client, new NewConsent(trajectories.provider,
				Set.of(DataCategory.IDENTITY, DataCategory.ROUTE), LocalDate.now().minusDays(1), null));
		Document trajectory = page(trajectories.worker, get("/trajectories/{id}", id), 200);
		assertThat(trajectory.select("details.shared-category summary").eachText())
			.containsExactly("Klantprofiel en route");
		Document route = page(trajectories.worker, get("/trajectories/{id}/shared/route", id), 200);
		assertThat(route.select(".shared-route").text()).startsWith("Ondersteuningstraject zorg, sinds");
		page(trajectories.worker, get("/trajectories/{id}/shared/goals", id), 404);
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where user_id = ? and client_id = ? and action = 'READ'"
					+ " and outcome = 'SUCCESS' and purpose = 'GET /trajectories/{id}/shared/route'")
			.params(trajectories.worker.id(), client)
			.query(Long.class)
			.single()).isOne();
		CurrentUser otherProvider = trajectories.worker(trajectories.organisation("Andere aanbieder"));
		page(otherProvider, get("/trajectories/{id}/shared/route", id), 404);
		page(trajectories.consultant, get("/trajectories/{id}/shared/route", id), 403);
	}

	@Test
	void theIrreversibleStepsAskForConfirmation() throws Exception {
		this.world.agreement(this.world.organisation, ALL.toArray(DataCategory[]::new));
		this.world.consent(this.world.organisation, ALL.toArray(DataCategory[]::new));
		String id = sent();
		Document sentPage = page(this.world.worker, get("/referrals/{id}", id), 200);
		assertThat(sentPage.select("form[data-confirm] input[name=status]").eachAttr("value"))
			.containsExactly("DECLINED");
		this.mvc
			.perform(put("/api/v1/referrals/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"ACCEPTED\"}")
				.with(user(this.world.worker)))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/referrals/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"STARTED\"}")
				.with(user(this.world.worker)))
			.andExpect(status().isOk());
		Document started = page(this.world.worker, get("/referrals/{id}", id), 200);
		assertThat(started.select("form[data-confirm] input[name=status]").eachAttr("value")).containsExactly("ENDED");
		assertThat(started.select("form[data-confirm]").attr("data-confirm")).contains("beëindigen");
	}

	private String sent() throws Exception {
		String id = proposed();
		this.mvc
			.perform(put("/api/v1/referrals/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"SENT\"}")
				.with(user(this.world.consultant)))
			.andExpect(status().isOk());
		return id;
	}

	private String proposed() throws Exception {
		return JsonPath.read(
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
	}

	private Document page(CurrentUser user, MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long reads(CurrentUser worker, String purpose) {
		return this.jdbc
			.sql("select count(*) from access_log_entry where user_id = ? and client_id = ? and action = 'READ'"
					+ " and outcome = 'SUCCESS' and purpose = ?")
			.params(worker.id(), this.world.client.id(), purpose)
			.query(Long.class)
			.single();
	}

	private long denied(CurrentUser worker) {
		return this.jdbc
			.sql("select count(*) from access_log_entry where user_id = ? and client_id = ? and outcome = 'DENIED'")
			.params(worker.id(), this.world.client.id())
			.query(Long.class)
			.single();
	}

}
