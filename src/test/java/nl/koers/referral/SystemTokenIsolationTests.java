package nl.koers.referral;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.SystemTokens;
import nl.koers.SystemTokens.RegisteredSystem;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.Role;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.Referrals;
import nl.koers.socialmap.api.SocialMap;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static nl.koers.SystemTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An institution's system reads its referrals with a client-credentials token, under its
 * own name in the access log; a system of another organisation or another municipality,
 * with every scope, reads nothing of them through any GET endpoint of the API.
 */
@KoersTest
class SystemTokenIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Referrals referrals;

	@Autowired
	SocialMap map;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInstitutionsSystemReadsItsReferralsUnderItsOwnNameInTheAccessLog() throws Exception {
		ReferralWorld world = new ReferralWorld(this.context);
		UUID referral = sentReferral(world);
		SystemTokens tokens = new SystemTokens(this.context);
		RegisteredSystem system = tokens.register(world.municipality.id(), world.organisation, null, ApiScope.REFERRALS,
				ApiScope.TRAJECTORIES);
		String token = tokens.token(system, "referrals trajectories");
		this.mvc.perform(get("/api/v1/referrals").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verwezen")));
		this.mvc.perform(get("/api/v1/referrals/" + referral).with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verwezen")));
		this.mvc.perform(get("/api/v1/trajectories").with(bearer(token))).andExpect(status().isOk());
		List<String> logged = this.jdbc
			.sql("select username || ' / ' || user_display_name || ' / ' || roles from access_log_entry "
					+ "where user_id = ? and client_id = ?")
			.param(system.userId())
			.param(world.client.id())
			.query(String.class)
			.list();
		assertThat(logged).isNotEmpty()
			.allMatch(line -> line
				.equals("systeem:" + system.clientId() + " / Systeem " + system.clientId() + " / INSTITUTION_WORKER"));
		String trajectoriesOnly = tokens.token(system, "trajectories");
		this.mvc.perform(get("/api/v1/referrals").with(bearer(trajectoriesOnly))).andExpect(status().isForbidden());
	}

	@Test
	void aSystemOfAnotherOrganisationOrMunicipalityReadsNothingThroughAnyEndpoint() throws Exception {
		ReferralWorld world = new ReferralWorld(this.context);
		UUID referral = sentReferral(world);
		SystemTokens tokens = new SystemTokens(this.context);
		UUID otherOrganisation = world.organisation(this.map, "Andere Zorg " + UUID.randomUUID());
		Municipality elsewhere = this.fixtures.municipality();
		elsewhere.client(elsewhere.user(Role.COORDINATOR));
		UUID elsewhereOrganisation = this.accounts.createOrganisation(elsewhere.id(), "Instelling elders");
		List<RegisteredSystem> outsiders = List.of(
				tokens.register(world.municipality.id(), otherOrganisation, null, ApiScope.values()),
				tokens.register(elsewhere.id(), elsewhereOrganisation, null, ApiScope.values()),
				tokens.register(elsewhere.id(), null, Role.COORDINATOR, ApiScope.values()));
		String allScopes = String.join(" ", Arrays.stream(ApiScope.values()).map(ApiScope::value).toList());
		int checked = 0;
		for (RegisteredSystem outsider : outsiders) {
			String token = tokens.token(outsider, allScopes);
			for (UUID id : List.of(world.client.id(), referral)) {
				for (EndpointSweep.Answer answer : EndpointSweep.everyGet(this.mvc, id, bearer(token))) {
					assertThat(answer.body()).as(outsider.clientId() + " " + answer.url())
						.doesNotContain("Verwezen")
						.doesNotContain(world.client.bsn());
					assertThat(answer.status()).as("the token signs the outsider in: " + answer.url())
						.isNotEqualTo(401);
					if (answer.status() == 200) {
						assertThat(answer.path()).as(answer.url() + " answered 200").doesNotContain("{");
					}
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(180);
	}

	private UUID sentReferral(ReferralWorld world) {
		world.shareIdentityAndContact();
		UUID referral = this.referrals
			.propose(world.consultant, world.client.id(), new NewReferral(world.service, "Begeleiding", null))
			.id();
		this.referrals.changeStatus(world.consultant, referral,
				new ReferralStatusChange(ReferralStatus.SENT, null, null, null));
		return referral;
	}

}
