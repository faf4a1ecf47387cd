package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.SocialMap;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * West Betuwe's social map: the care institution whose demo user sees referred clients,
 * the partner organisation for KP3, and the providers a consultant refers to, one of them
 * due for verification. All names are invented or generic.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoSocialMap implements DemoStep {

	private final SocialMap map;

	private final Clock clock;

	DemoSocialMap(SocialMap map, Clock clock) {
		this.map = map;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	/**
	 * Builds the map; its care institution is the demo institution worker's organisation.
	 */
	@Override
	public void load(DemoWorld world) {
		world.institution(westBetuwe(world.westBetuwe()));
	}

	private UUID westBetuwe(UUID municipalityId) {
		CurrentUser keeper = new CurrentUser(UUID.randomUUID(), "demo", "Demo", municipalityId, null,
				Set.of(Role.COORDINATOR), true, false, null);
		LocalDate today = LocalDate.now(this.clock);
		UUID linge = organisation(keeper, "Zorggroep Linge (demo)", OrganisationKind.CARE_INSTITUTION,
				"Ambulante GGZ en verslavingszorg in de Betuwe.", today.minusMonths(3));
		UUID tiel = this.map
			.addLocation(keeper, linge, new NewLocation("Vestiging Tiel", "Stationsstraat 12", "4001 AB", "Tiel"))
			.id();
		this.map.addLocation(keeper, linge,
				new NewLocation("Vestiging Geldermalsen", "Rijksstraatweg 5", "4191 AB", "Geldermalsen"));
		service(keeper, linge, "Ambulante GGZ-begeleiding", ServiceCategory.MENTAL_HEALTH, tiel, today.minusMonths(3));
		service(keeper, linge, "Verslavingszorg", ServiceCategory.ADDICTION_CARE, null, today.minusMonths(3));
		this.map.addContact(keeper, linge,
				new NewContactPerson("Sanne de Vries", "Trajectbegeleider", "sanne@linge.example", "0344 123456"));

		UUID debt = organisation(keeper, "Schuldhulpmaatje Rivierenland", OrganisationKind.VOLUNTEER_AGENCY,
				"Vrijwilligers die helpen met de administratie en schulden.", today.minusMonths(14));
		location(keeper, debt, "Culemborg");
		service(keeper, debt, "Hulp bij thuisadministratie", ServiceCategory.DEBT_HELP, null, today.minusMonths(14));

		UUID welfare = organisation(keeper, "Welzijn West Betuwe", OrganisationKind.MUNICIPAL_TEAM,
				"Dagbesteding en activering in de dorpen.", today.minusMonths(1));
		location(keeper, welfare, "Geldermalsen");
		service(keeper, welfare, "Inloop en dagbesteding", ServiceCategory.DAY_ACTIVITIES, null, today.minusMonths(1));
		service(keeper, welfare, "Maatjesproject tegen eenzaamheid", ServiceCategory.SOCIAL_ACTIVATION, null,
				today.minusMonths(1));

		UUID volunteers = organisation(keeper, "Vrijwilligerscentrale West Betuwe", OrganisationKind.VOLUNTEER_AGENCY,
				"Bemiddelt vrijwilligerswerk in de gemeente.", today.minusMonths(6));
		location(keeper, volunteers, "Geldermalsen");
		service(keeper, volunteers, "Vrijwilligerswerk op maat", ServiceCategory.VOLUNTEER_WORK, null,
				today.minusMonths(6));

		UUID partner = organisation(keeper, "Werkzaam Rivierenland", OrganisationKind.PARTNER_ORGANISATION,
				"Re-integratie voor klantprofiel 3.", today.minusMonths(2));
		location(keeper, partner, "Tiel");
		service(keeper, partner, "Re-integratietraject KP3", ServiceCategory.OTHER, null, today.minusMonths(2));
		return linge;
	}

	private UUID organisation(CurrentUser keeper, String name, OrganisationKind kind, String description,
			LocalDate verifiedOn) {
		return this.map.create(keeper, new NewOrganisation(name, kind, description, null, null, null, verifiedOn, null))
			.id();
	}

	private void location(CurrentUser keeper, UUID organisation, String city) {
		this.map.addLocation(keeper, organisation, new NewLocation(null, null, null, city));
	}

	private void service(CurrentUser keeper, UUID organisation, String name, ServiceCategory category, UUID location,
			LocalDate verifiedOn) {
		this.map.addService(keeper, organisation, new NewService(name, category, null, location, verifiedOn));
	}

}
