package nl.koers.referral;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.Clients;
import nl.koers.client.api.ClientView;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.Sharing;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.SocialMap;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A municipality with a coordinator, a case lead and their client (with address and
 * phone), an organisation on the social map with a service, and a worker of that
 * organisation.
 */
final class ReferralWorld {

	final Municipality municipality;

	final CurrentUser coordinator;

	final CurrentUser consultant;

	final ClientView client;

	final UUID organisation;

	final UUID service;

	final CurrentUser worker;

	private final Sharing sharing;

	private final Accounts accounts;

	private final UserDetailsService users;

	/**
	 * Builds the world with the application's own services, taken from the test's
	 * context.
	 */
	ReferralWorld(ApplicationContext context) {
		this(context.getBean(Fixtures.class), context.getBean(SocialMap.class), context.getBean(Sharing.class),
				context.getBean(Accounts.class), context.getBean(Clients.class),
				context.getBean(UserDetailsService.class));
	}

	private ReferralWorld(Fixtures fixtures, SocialMap map, Sharing sharing, Accounts accounts, Clients clients,
			UserDetailsService users) {
		this.sharing = sharing;
		this.accounts = accounts;
		this.users = users;
		this.municipality = fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		ClientDetails details = Fixtures.details().name("Petra", "Verwezen").caseLead(this.consultant.id()).build();
		this.client = clients.register(this.consultant,
				new ClientDetails(details.bsn(), details.givenName(), null, details.familyName(), details.dateOfBirth(),
						details.benefitStartDate(), "Dorpsstraat", "12", "4191 AB", "Geldermalsen", "0345-123456", null,
						null, null, this.consultant.id(), null, null));
		this.organisation = organisation(map, "Zorggroep Linge");
		this.service = map
			.addService(this.coordinator, this.organisation,
					new NewService("Ambulante begeleiding", ServiceCategory.MENTAL_HEALTH, null, null, LocalDate.now()))
			.id();
		this.worker = worker(this.organisation);
	}

	UUID organisation(SocialMap map, String name) {
		return map
			.create(this.coordinator,
					new NewOrganisation(name, OrganisationKind.CARE_INSTITUTION, null, null, null, null,
							LocalDate.now(), null))
			.id();
	}

	CurrentUser worker(UUID organisationId) {
		String username = "w" + UUID.randomUUID().toString().substring(0, 12);
		this.accounts.createUser(new NewUser(this.municipality.id(), organisationId, username, "Werker " + username,
				Fixtures.PASSWORD, Set.of(Role.INSTITUTION_WORKER)));
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	void agreement(UUID organisationId, DataCategory... categories) {
		this.sharing.recordAgreement(this.coordinator, organisationId, new NewSharingAgreement(Set.of(categories),
				"Convenant 2026", "Zorg", LocalDate.now().minusMonths(1), null));
	}

	UUID consent(UUID organisationId, DataCategory... categories) {
		return this.sharing
			.recordConsent(this.consultant, this.client.id(),
					new NewConsent(organisationId, Set.of(categories), LocalDate.now().minusDays(1), null))
			.id();
	}

	void shareIdentityAndContact() {
		agreement(this.organisation, DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE,
				DataCategory.GOALS);
		consent(this.organisation, DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE);
	}

}
