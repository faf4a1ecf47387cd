package nl.koers.trajectory;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.Route;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryStart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class TrajectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Contracts contracts;

	@Autowired
	Nominations nominations;

	@Autowired
	Trajectories trajectories;

	TrajectoryWorld world;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
	}

	@Test
	void aContractManagerSetsUpAContractInTheBrowserForm() throws Exception {
		Document form = html(get("/contracts/new"), this.world.contractManager, 200);
		assertThat(form.select("#budgetSource option").eachText()).contains("Werkbudget");
		assertThat(form.select("#providerId option").eachText()).contains("Activeringsbureau De Brug");

		this.mvc
			.perform(post("/contracts").with(csrf())
				.with(user(this.world.contractManager))
				.param("providerId", this.world.provider.toString())
				.param("name", "Activering Delft")
				.param("lot", "Perceel 1")
				.param("places", "50")
				.param("price", "5355.00")
				.param("budgetSource", "Werkbudget")
				.param("scheduleKind", "YEARS")
				.param("schedule[0].year", "2005")
				.param("schedule[0].share", "20")
				.param("schedule[1].year", "2006")
				.param("schedule[1].share", "60")
				.param("schedule[2].year", "2007")
				.param("schedule[2].share", "20")
				.param("schedule[3].year", "")
				.param("schedule[3].share", "")
				.param("nominationFrom", "2005-11-01")
				.param("nominationUntil", "2006-04-30")
				.param("maxMonths", "18")
				.param("aftercareMonths", "6")
				.param("warningDays", "60")
				.param("phases[0]", "Intake en oriëntatie")
				.param("phases[1]", "Activering")
				.param("phases[2]", "Doorstroom")
				.param("phases[3]", "")
				.param("minAge", "23")
				.param("maxAge", "57.5")
				.param("minBenefitMonths", "24")
				.param("routes", "CARE_SUPPORT", "REST"))
			.andExpect(redirectedUrl("/contracts"))
			.andExpect(flash().attribute("flash", "contract.saved"));

		ContractView saved = this.contracts.contracts(this.world.contractManager).get(0);
		assertThat(saved.maxAgeMonths()).isEqualTo(690);
		assertThat(saved.phases()).containsExactly("Intake en oriëntatie", "Activering", "Doorstroom");
		assertThat(saved.routes()).containsExactlyInAnyOrder(Route.CARE_SUPPORT, Route.REST);
		Document page = html(get("/contracts/" + saved.id()), this.world.manager, 200);
		assertThat(page.select(".places").text()).isEqualTo("0 van 50 bezet, 50 vrij");
		assertThat(page.text()).contains("van 23 tot en met 57½ jaar");
	}

	@Test
	void aScheduleThatDoesNotAddUpComesBackWithTheReason() throws Exception {
		this.mvc
			.perform(post("/contracts").with(csrf())
				.with(user(this.world.contractManager))
				.param("providerId", this.world.provider.toString())
				.param("name", "Activering")
				.param("places", "5")
				.param("price", "1000")
				.param("budgetSource", "Werkbudget")
				.param("scheduleKind", "YEARS")
				.param("schedule[0].year", "2005")
				.param("schedule[0].share", "50")
				.param("nominationFrom", "2005-11-01")
				.param("nominationUntil", "2006-04-30")
				.param("maxMonths", "18"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Het betaalschema telt op tot 50%, niet tot 100%.")));
	}

	@Test
	void aConsultantSeesWhyAClientIsNotEligibleAndNominatesOneWhoIs() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID tooOld = this.world.client(TrajectoryWorld.eligible().dateOfBirth(LocalDate.of(1947, 11, 1)),
				Route.CARE_SUPPORT);
		assertThat(html(get("/clients/" + tooOld + "/trajectories"), this.world.consultant, 200)
			.select("#contractId option")
			.eachText()).anyMatch(option -> option.contains("50 plaatsen vrij"));

		Document refused = Jsoup.parse(this.mvc.perform(nominate(tooOld, pilot))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("form .alert p").eachText()).containsExactly(
				"Leeftijd op de voordrachtdatum: 58 jaar en 1 maand; het contract is voor 23 tot en met 57½ jaar.");

		UUID eligible = this.world.eligibleClient();
		this.mvc.perform(nominate(eligible, pilot)).andExpect(flash().attribute("flash", "trajectory.nominated"));
		Document section = html(get("/clients/" + eligible + "/trajectories"), this.world.consultant, 200);
		assertThat(section.select("tbody tr").text()).contains("Activeringstrajecten zorgklanten fase 4",
				"Voorgedragen");
	}

	@Test
	void theProviderAcceptsAndRecordsTheCourseWhileOthersGetNothing() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID client = this.world.eligibleClient();
		this.mvc.perform(nominate(client, pilot));
		UUID id = this.jdbc.sql("select id from trajectory where client_id = ?")
			.param(client)
			.query(UUID.class)
			.single();

		Document list = html(get("/trajectories"), this.world.worker, 200);
		assertThat(list.select("tbody tr").text()).contains("(niet gedeeld)", "Voorgedragen");
		step(this.world.worker, id, "answer", "accept", "true", "answeredOn", "2005-12-12");
		step(this.world.worker, id, "start", "startedOn", "2006-01-02");
		step(this.world.worker, id, "phase", "phase", "2", "from", "2006-05-01");
		step(this.world.worker, id, "reports", "text", "Gaat goed, dagritme opgebouwd.", "date", "2006-09-01");
		step(this.world.consultant, id, "end", "outcome", "SOCIAL_ACTIVATION", "endedOn", "2007-03-01");

		Document page = html(get("/trajectories/" + id), this.world.consultant, 200);
		assertThat(page.select("tr.step").eachText()).hasSize(6)
			.anyMatch(step -> step.contains("Naar fase: 2. Activering"))
			.anyMatch(step -> step.contains("Gaat goed"));
		assertThat(page.text()).contains("Sociale activering", "Nazorg tot 01-09-2007");

		CurrentUser otherWorker = this.world.worker(this.world.organisation("Andere aanbieder"));
		html(get("/trajectories/" + id), otherWorker, 404);
		this.mvc
			.perform(post("/trajectories/" + id + "/reports").with(csrf())
				.with(user(otherWorker))
				.param("text", "Niet van ons"))
			.andExpect(status().isNotFound());
		html(get("/trajectories/" + id), this.world.manager, 403);
		html(get("/contracts"), this.world.consultant, 403);
		html(get("/contracts/" + pilot.id()),
				this.context.getBean(Fixtures.class).municipality().user(Role.CONTRACT_MANAGER), 404);
		assertThat(this.jdbc
			.sql("select action from access_log_entry where user_id = ? and client_id = ? and outcome = 'DENIED'")
			.params(otherWorker.id(), client)
			.query(String.class)
			.list()).contains("READ", "UPDATE");
	}

	@Test
	void anOverdueTrajectoryIsOnTheContractViewAndTheCaseLeadsWorklist() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID client = this.world.eligibleClient();
		UUID id = this.nominations
			.nominate(this.world.consultant, client, new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
		this.trajectories.answer(this.world.worker, id,
				new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		this.trajectories.start(this.world.worker, id, new TrajectoryStart(LocalDate.of(2006, 1, 2), null));

		Document contract = html(get("/contracts/" + pilot.id()), this.world.contractManager, 200);
		assertThat(contract.select("table.overdue tbody tr").eachText()).singleElement()
			.asString()
			.contains("Over de maximale duur", "02-01-2006", "02-07-2007", "Intake en oriëntatie")
			.doesNotContain(Fixtures.FAMILY_NAME);
		assertThat(contract.select("section.money > p").text()).isEqualTo("Verplicht: € 5.355,00; betaald: € 0,00.");
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where user_id = ? and client_id = ? and action = 'LIST'")
			.params(this.world.contractManager.id(), client)
			.query(Integer.class)
			.single()).isPositive();
		Document worklist = html(get("/worklist"), this.world.consultant, 200);
		assertThat(worklist.text()).contains("Traject over de maximale duur", "Traject loopt bijna af");
		Document page = html(get("/trajectories/" + id), this.world.consultant, 200);
		assertThat(page.select(".warnings").text()).isEqualTo("Over de maximale duur (sinds 02-07-2007).");
	}

	private MockHttpServletRequestBuilder nominate(UUID client, ContractView contract) {
		return post("/clients/" + client + "/trajectories").with(csrf())
			.with(user(this.world.consultant))
			.param("contractId", contract.id().toString())
			.param("nominatedOn", TrajectoryWorld.NOMINATED.toString())
			.param("motivation", "Past in de doelgroep");
	}

	private void step(CurrentUser user, UUID id, String step, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/trajectories/" + id + "/" + step).with(csrf()).with(user(user));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/trajectories/" + id));
	}

	private Document html(MockHttpServletRequestBuilder request, CurrentUser user, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
