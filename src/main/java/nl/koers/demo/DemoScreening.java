package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.screening.api.NewCampaign;
import nl.koers.screening.api.ScreeningOutcome;
import nl.koers.screening.api.ScreeningResult;
import nl.koers.screening.api.ScreeningItem;
import nl.koers.screening.api.Screenings;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A running campaign over West Betuwe's KP4 clients of two weeks ago, with the first
 * outcomes of one case lead.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoScreening implements DemoStep {

	private static final ScreeningResult[] OUTCOMES = { new ScreeningResult(ScreeningOutcome.NO_CHANGE, null, null),
			new ScreeningResult(ScreeningOutcome.POSSIBLY_KP3, null,
					"Doet vrijwilligerswerk en wil meer; gesprek over KP3."),
			new ScreeningResult(ScreeningOutcome.NO_CHANGE, null, "Rust is nog nodig."),
			new ScreeningResult(ScreeningOutcome.OTHER_ROUTE_ADVISED, Route.CARE_SUPPORT,
					"Schulden en GGZ: eerst zorg."),
			new ScreeningResult(ScreeningOutcome.NO_CHANGE, null, null) };

	private final Screenings screenings;

	private final Clock clock;

	DemoScreening(Screenings screenings, Clock clock) {
		this.screenings = screenings;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public void load(DemoWorld world) {
		CurrentUser coordinator = world.actor("coordinator");
		CurrentUser caseLead = world.actor("consulent");
		LocalDate selection = LocalDate.now(this.clock).minusWeeks(2);
		UUID campaign = this.screenings
			.start(coordinator, new NewCampaign("Screening najaar " + selection.getYear(), selection))
			.id();
		List<ScreeningItem> items = this.screenings.items(caseLead, campaign, null, null, OUTCOMES.length).items();
		for (int i = 0; i < items.size(); i++) {
			this.screenings.record(caseLead, campaign, items.get(i).clientId(), OUTCOMES[i]);
		}
	}

}
