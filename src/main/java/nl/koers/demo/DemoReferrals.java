package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.Sharing;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.Referrals;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.socialmap.api.ServiceSearch;
import nl.koers.socialmap.api.SocialMap;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Refers one of the case lead's clients to the demo care institution's ambulant mental
 * health support, under a data-sharing agreement and the client's consent, sent and
 * accepted: the demo institution worker sees exactly that client.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoReferrals implements DemoStep {

	private final Referrals referrals;

	private final Sharing sharing;

	private final SocialMap map;

	private final ClientAccess clients;

	private final UserDetailsService users;

	private final Clock clock;

	DemoReferrals(Referrals referrals, Sharing sharing, SocialMap map, ClientAccess clients, UserDetailsService users,
			Clock clock) {
		this.referrals = referrals;
		this.sharing = sharing;
		this.map = map;
		this.clients = clients;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void load(DemoWorld world) {
		referral(world.actor("consulent"), world.actor("coordinator"), DemoWorld.INSTITUTION_WORKER);
	}

	private void referral(CurrentUser caseLead, CurrentUser coordinator, String workerName) {
		LocalDate today = LocalDate.now(this.clock);
		CurrentUser worker = (CurrentUser) this.users.loadUserByUsername(workerName);
		UUID client = this.clients.caseload(caseLead).stream().sorted().skip(5).findFirst().orElseThrow();
		var service = this.map
			.services(coordinator, new ServiceSearch("Ambulante GGZ-begeleiding", null, null, false), null, 1)
			.items()
			.get(0);
		this.sharing.recordAgreement(coordinator, service.organisationId(),
				new NewSharingAgreement(Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE,
						DataCategory.ASSESSMENT_SCORES, DataCategory.CONVERSATION_SUMMARIES, DataCategory.GOALS),
						"Convenant zorg en participatie Rivierenland 2026", "Afstemming van begeleiding en zorg",
						today.minusMonths(6), null));
		this.sharing.recordConsent(caseLead, client,
				new NewConsent(service.organisationId(),
						Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE,
								DataCategory.ASSESSMENT_SCORES, DataCategory.CONVERSATION_SUMMARIES),
						today.minusDays(20), null));
		UUID referral = this.referrals
			.propose(caseLead, client,
					new NewReferral(service.id(), "Somberheid en angst; wil hulp om weer naar buiten te gaan.",
							today.plusDays(7)))
			.id();
		this.referrals.changeStatus(caseLead, referral,
				new ReferralStatusChange(ReferralStatus.SENT, null, null, null));
		this.referrals.changeStatus(worker, referral,
				new ReferralStatusChange(ReferralStatus.ACCEPTED, "Intake gepland bij de vestiging Tiel.", null, null));
	}

}
