package nl.koers.referral;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.ReferralEnded;
import nl.koers.referral.api.ReferralFigures;
import nl.koers.referral.api.ReferralFigures.OrganisationFigures;
import nl.koers.referral.api.ReferralStarted;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.Referrals;
import nl.koers.system.InvalidFieldException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A referral ends with a coded outcome and optional text; its start and end are published
 * with that outcome; the figures per organisation count the ended ones per outcome; the
 * institution's form offers the list.
 */
@KoersTest
class ReferralOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralFigures figures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
		this.world.shareIdentityAndContact();
	}

	@Test
	void endingNeedsACodedOutcome() {
		UUID id = started();
		assertThatThrownBy(() -> this.referrals.changeStatus(this.world.worker, id,
				new ReferralStatusChange(ReferralStatus.ENDED, "Doelen bereikt", null, null)))
			.isInstanceOf(InvalidFieldException.class)
			.satisfies(ex -> assertThat(((InvalidFieldException) ex).reasons().get(0).field()).isEqualTo("outcome"));
		this.referrals.changeStatus(this.world.worker, id,
				new ReferralStatusChange(ReferralStatus.ENDED, "Doelen bereikt", Outcome.VOLUNTEER_WORK, null));
		assertThat(this.jdbc.sql("select outcome from referral where id = ?").param(id).query(String.class).single())
			.isEqualTo("VOLUNTEER_WORK");
		assertThat(this.jdbc
			.sql("select outcome || ' ' || note from referral_status where referral_id = ? and status = 'ENDED'")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("VOLUNTEER_WORK Doelen bereikt");
	}

	@Test
	void theStartIsPublished(Scenario scenario) {
		UUID id = accepted();
		scenario
			.stimulate(() -> this.referrals.changeStatus(this.world.worker, id,
					new ReferralStatusChange(ReferralStatus.STARTED, null, null, null)))
			.andWaitForEventOfType(ReferralStarted.class)
			.matching(started -> started.referralId().equals(id))
			.toArriveAndVerify(started -> {
				assertThat(started.clientId()).isEqualTo(this.world.client.id());
				assertThat(started.municipalityId()).isEqualTo(this.world.municipality.id());
				assertThat(started.startedOn()).isEqualTo(LocalDate.now());
			});
	}

	@Test
	void theEndIsPublishedWithItsOutcome(Scenario scenario) {
		UUID id = started();
		scenario
			.stimulate(() -> this.referrals.changeStatus(this.world.worker, id,
					new ReferralStatusChange(ReferralStatus.ENDED, null, Outcome.SOCIAL_ACTIVATION, null)))
			.andWaitForEventOfType(ReferralEnded.class)
			.matching(ended -> ended.referralId().equals(id))
			.toArriveAndVerify(ended -> {
				assertThat(ended.outcome()).isEqualTo(Outcome.SOCIAL_ACTIVATION);
				assertThat(ended.clientId()).isEqualTo(this.world.client.id());
				assertThat(ended.municipalityId()).isEqualTo(this.world.municipality.id());
				assertThat(ended.endedOn()).isEqualTo(LocalDate.now());
			});
	}

	@Test
	void cancellingAStartedReferralEndsItWithoutOutcome(Scenario scenario) {
		UUID id = started();
		scenario
			.stimulate(() -> this.referrals.changeStatus(this.world.consultant, id,
					new ReferralStatusChange(ReferralStatus.CANCELLED, null, Outcome.PAID_WORK, null)))
			.andWaitForEventOfType(ReferralEnded.class)
			.matching(ended -> ended.referralId().equals(id))
			.toArriveAndVerify(ended -> assertThat(ended.outcome()).isNull());
		assertThat(this.jdbc.sql("select count(*) from referral where id = ? and outcome is null")
			.param(id)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void figuresPerOrganisationCountTheEndedPerOutcomeForTheirOwnMunicipalityOnly() {
		end(started(), Outcome.PAID_WORK);
		end(started(), Outcome.PAID_WORK);
		end(started(), Outcome.CARE);
		OrganisationFigures figures = this.figures.perOrganisation(this.world.coordinator)
			.stream()
			.filter(organisation -> organisation.organisationId().equals(this.world.organisation))
			.findFirst()
			.orElseThrow();
		assertThat(figures.ended()).isEqualTo(3);
		assertThat(figures.endedPerOutcome()).hasSize(Outcome.values().length)
			.containsEntry(Outcome.PAID_WORK, 2)
			.containsEntry(Outcome.CARE, 1)
			.containsEntry(Outcome.OTHER, 0);
		CurrentUser elsewhere = new ReferralWorld(this.context).coordinator;
		assertThat(this.figures.perOrganisation(elsewhere))
			.noneMatch(other -> other.organisationId().equals(this.world.organisation));
		assertThatThrownBy(() -> this.figures.perOrganisation(this.world.consultant))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theInstitutionEndsAReferralWithAnOutcomeFromTheList() throws Exception {
		UUID id = started();
		Document page = Jsoup.parse(this.mvc.perform(get("/referrals/{id}", id).with(user(this.world.worker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("select[name=outcome] option")).hasSize(Outcome.values().length + 1);
		assertThat(page.select("select[name=outcome] option[value=PAID_WORK]").text()).isEqualTo("Betaald werk");
		this.mvc
			.perform(post("/referrals/{id}/status", id).param("status", "ENDED")
				.param("note", "Werkt nu bij de bakker")
				.with(csrf())
				.with(user(this.world.worker)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/referrals/{id}/status", id).param("status", "ENDED")
				.param("outcome", "PAID_WORK")
				.param("note", "Werkt nu bij de bakker")
				.with(csrf())
				.with(user(this.world.worker)))
			.andExpect(redirectedUrl("/referrals"));
		String section = this.mvc
			.perform(get("/clients/{id}/referrals", this.world.client.id()).with(user(this.world.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(section).select(".history .outcome").text())
			.isEqualTo("Uitkomst: Betaald werk — Werkt nu bij de bakker");
	}

	private void end(UUID id, Outcome outcome) {
		this.referrals.changeStatus(this.world.worker, id,
				new ReferralStatusChange(ReferralStatus.ENDED, null, outcome, null));
	}

	private UUID accepted() {
		UUID id = this.referrals
			.propose(this.world.consultant, this.world.client.id(),
					new NewReferral(this.world.service, "Begeleiding thuis", null))
			.id();
		this.referrals.changeStatus(this.world.consultant, id,
				new ReferralStatusChange(ReferralStatus.SENT, null, null, null));
		this.referrals.changeStatus(this.world.worker, id,
				new ReferralStatusChange(ReferralStatus.ACCEPTED, null, null, null));
		return id;
	}

	private UUID started() {
		UUID id = accepted();
		this.referrals.changeStatus(this.world.worker, id,
				new ReferralStatusChange(ReferralStatus.STARTED, null, null, null));
		return id;
	}

}
