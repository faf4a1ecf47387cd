package nl.koers.trajectory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryEnded;
import nl.koers.trajectory.api.TrajectoryStart;
import nl.koers.trajectory.api.TrajectoryStarted;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A trajectory's end carries a code from the one outcome list, required; the start and
 * the end are published with the day and the outcome.
 */
@KoersTest
class TrajectoryOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Nominations nominations;

	@Autowired
	Trajectories trajectories;

	@Autowired
	MockMvc mvc;

	TrajectoryWorld world;

	ContractView pilot;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
		this.pilot = this.world.contract(this.world.delft());
	}

	@Test
	void theApiRequiresAnOutcomeFromTheListAndGivesItBack() throws Exception {
		UUID id = started();
		String path = "/api/v1/trajectories/" + id + "/end";
		this.mvc.perform(json(put(path), "{\"endedOn\": \"2006-09-01\"}", this.world.worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		this.mvc
			.perform(json(put(path), "{\"outcome\": \"GRADUATED\", \"endedOn\": \"2006-09-01\"}", this.world.worker))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json(put(path), "{\"outcome\": \"NO_CHANGE\", \"endedOn\": \"2006-09-01\"}", this.world.worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc
			.perform(json(put(path), "{\"outcome\": \"EDUCATION\", \"endedOn\": \"2006-09-01\"}", this.world.worker))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("EDUCATION"));
		this.mvc.perform(get("/api/v1/trajectories/" + id).with(user(this.world.consultant)))
			.andExpect(jsonPath("$.outcome").value("EDUCATION"))
			.andExpect(jsonPath("$.steps[?(@.kind == 'ENDED')].outcome").value("EDUCATION"));
	}

	@Test
	void theStartIsPublished(Scenario scenario) {
		UUID client = this.world.eligibleClient();
		UUID id = accepted(client);
		LocalDate day = LocalDate.of(2006, 1, 9);
		scenario.stimulate(() -> this.trajectories.start(this.world.worker, id, new TrajectoryStart(day, null)))
			.andWaitForEventOfType(TrajectoryStarted.class)
			.matching(started -> started.trajectoryId().equals(id))
			.toArriveAndVerify(started -> {
				assertThat(started.clientId()).isEqualTo(client);
				assertThat(started.startedOn()).isEqualTo(day);
				assertThat(started.municipalityId()).isEqualTo(this.world.consultant.municipalityId());
			});
	}

	@Test
	void theEndIsPublishedWithItsOutcome(Scenario scenario) {
		UUID id = started();
		LocalDate day = LocalDate.of(2006, 10, 2);
		scenario
			.stimulate(() -> this.trajectories.end(this.world.consultant, id,
					new TrajectoryEnd(Outcome.SOCIAL_ACTIVATION, day, null, null)))
			.andWaitForEventOfType(TrajectoryEnded.class)
			.matching(ended -> ended.trajectoryId().equals(id))
			.toArriveAndVerify(ended -> {
				assertThat(ended.outcome()).isEqualTo(Outcome.SOCIAL_ACTIVATION);
				assertThat(ended.endedOn()).isEqualTo(day);
			});
	}

	@Test
	void theEndFormOffersTheWholeList() throws Exception {
		UUID id = started();
		String page = this.mvc.perform(get("/trajectories/" + id).with(user(this.world.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document html = Jsoup.parse(page);
		assertThat(html.select("select[name=outcome] option[value]").eachAttr("value"))
			.containsAll(Arrays.stream(Outcome.values()).map(Outcome::name).toList());
		assertThat(html.select("select[name=outcome] option[value=DAY_ACTIVITIES]").text()).isEqualTo("Dagbesteding");
	}

	private UUID accepted(UUID client) {
		UUID id = this.nominations
			.nominate(this.world.consultant, client, new Nomination(this.pilot.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
		this.trajectories.answer(this.world.worker, id,
				new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		return id;
	}

	private UUID started() {
		UUID id = accepted(this.world.eligibleClient());
		this.trajectories.start(this.world.worker, id, new TrajectoryStart(LocalDate.of(2006, 1, 9), null));
		return id;
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body,
			CurrentUser user) {
		return request.with(csrf()).with(user(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
