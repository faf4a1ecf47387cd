package nl.koers.referral;

import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientFileSection;
import nl.koers.client.api.ClientView;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.Referrals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An institution worker with an active referral for one client reaches no other client:
 * not through any GET endpoint of the API (every one in the OpenAPI description, with the
 * other client's id wherever a path takes an id), not through any page of the client
 * file, and not in any list.
 */
@KoersTest
class InstitutionIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	List<ClientFileSection> sections;

	@Autowired
	Referrals referrals;

	@Test
	void noEndpointOrPageShowsAClientWithoutAnActiveReferral() throws Exception {
		ReferralWorld world = new ReferralWorld(this.context);
		world.shareIdentityAndContact();
		UUID referral = this.referrals
			.propose(world.consultant, world.client.id(), new NewReferral(world.service, "Begeleiding", null))
			.id();
		this.referrals.changeStatus(world.consultant, referral,
				new ReferralStatusChange(ReferralStatus.SENT, null, null, null));
		ClientView other = world.municipality.client(world.consultant,
				Fixtures.details().name("Onbekende", "Buitenstaander").caseLead(world.consultant.id()));

		int checked = 0;
		for (EndpointSweep.Answer answer : EndpointSweep.everyGet(this.mvc, other.id(), user(world.worker))) {
			assertThat(answer.body()).as(answer.url()).doesNotContain("Buitenstaander");
			if (answer.status() == 200) {
				assertThat(answer.path()).as(answer.url() + " answered 200").doesNotContain("{");
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(30);
		for (ClientFileSection section : this.sections) {
			int status = this.mvc.perform(get(section.path(other.id())).with(user(world.worker)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(section.path(other.id())).isIn(403, 404);
		}
		assertThat(this.mvc.perform(get("/clients/" + other.id()).with(user(world.worker)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/referrals").with(user(world.worker)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Verwezen").doesNotContain("Buitenstaander");
	}

}
