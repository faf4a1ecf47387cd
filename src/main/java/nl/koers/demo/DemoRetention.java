package nl.koers.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.Clients;
import nl.koers.client.api.HouseholdType;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.NewContact;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Routes;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A West Betuwe client whose benefit ended in June 2014, more than the file's retention
 * period (10 years) ago, with a route, a goal and a contact of that time: the first
 * retention run (the daily one, or "Nu vernietigen" on /privacy/retention) erases them
 * completely, and the route report of 2012-2014 counts them before and after.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoRetention implements DemoStep {

	static final LocalDate START = LocalDate.of(2011, 9, 1);

	static final LocalDate END = LocalDate.of(2014, 6, 30);

	private final Clients clients;

	private final Benefits benefits;

	private final Routes routes;

	private final Goals goals;

	private final Contacts contacts;

	DemoRetention(Clients clients, Benefits benefits, Routes routes, Goals goals, Contacts contacts) {
		this.clients = clients;
		this.benefits = benefits;
		this.routes = routes;
		this.goals = goals;
		this.contacts = contacts;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public void load(DemoWorld world) {
		CurrentUser carla = world.actor("consulent");
		ClientView client = this.clients.register(world.actor("coordinator"),
				new ClientDetails(DemoClients.bsn(500), "Willem", null, "Vroeger", LocalDate.of(1958, 2, 14), START,
						"Dorpsstraat", "99", "4191 AB", "Geldermalsen", null, null, HouseholdType.SINGLE, 0, carla.id(),
						null, null));
		this.routes.decideProfile(carla, client.id(), new ProfileDecision(ClientProfile.KP4, START.plusMonths(2),
				"Uitkomst van de screening: geen perspectief op betaald werk binnen twee jaar.", null));
		this.goals.set(carla, client.id(),
				new NewGoal(GoalCategory.DAILY_RHYTHM, "Elke week naar de moestuin", START.plusMonths(3)));
		this.contacts.record(carla, client.id(), new NewContact(LocalDateTime.of(2013, 5, 14, 10, 30), Channel.PHONE,
				"Gebeld over de moestuin; gaat goed.", false));
		BenefitPeriodView period = this.benefits.periods(carla, client.id()).get(0);
		this.benefits.end(carla, client.id(), period.id(),
				new BenefitEnd(END, BenefitEndReason.MOVED, period.version()));
	}

}
