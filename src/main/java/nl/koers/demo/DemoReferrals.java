package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.consent.ConsentForm;
import nl.koers.consent.DataCategory;
import nl.koers.consent.Sharing;
import nl.koers.consent.SharingAgreementForm;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.ReferralForm;
import nl.koers.referral.ReferralStatus;
import nl.koers.referral.Referrals;
import nl.koers.referral.StatusChange;
import nl.koers.socialmap.ServiceSearch;
import nl.koers.socialmap.SocialMap;

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
				new SharingAgreementForm(
						Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE,
								DataCategory.GOALS),
						"Convenant zorg en participatie Rivierenland 2026", "Afstemming van begeleiding en zorg",
						today.minusMonths(6), null));
		this.sharing.recordConsent(caseLead, client,
				new ConsentForm(service.organisationId(),
						Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE),
						today.minusDays(20), null));
		UUID referral = this.referrals
			.propose(caseLead, client,
					new ReferralForm(service.id(), "Somberheid en angst; wil hulp om weer naar buiten te gaan.",
							today.plusDays(7)))
			.id();
		this.referrals.changeStatus(caseLead, referral, new StatusChange(ReferralStatus.SENT, null, null, null));
		this.referrals.changeStatus(worker, referral,
				new StatusChange(ReferralStatus.ACCEPTED, "Intake gepland bij de vestiging Tiel.", null, null));
	}

}
