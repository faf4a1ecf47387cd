package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.Handover;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.ReviewDecision;
import nl.koers.route.api.Review;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Gives demo clients a KP4 history: an assessment at intake and a recent one, a profile
 * decision, then a route, with dates around today so that the worklists hold reviews due
 * soon and overdue. Of the clients still under investigation, every tenth leaves benefit
 * a few weeks ago (work, moved away, other income, deceased): outflow.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoHistories implements DemoStep {

	private static final LocalDate SCREENING = LocalDate.of(2020, 3, 2);

	private static final String[] DOMAINS = { "WORK", "HEALTH_AND_ADDICTION", "SOCIAL_ENVIRONMENT",
			"HOUSING_AND_FINANCES", "JUSTICE" };

	private final Routes routes;

	private final Assessments assessments;

	private final Clock clock;

	private final Benefits benefits;

	DemoHistories(Routes routes, Assessments assessments, Clock clock, Benefits benefits) {
		this.benefits = benefits;
		this.routes = routes;
		this.assessments = assessments;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	/**
	 * A history for every registered client, by its case lead (or the registrar).
	 */
	@Override
	public void load(DemoWorld world) {
		world.clients().forEach(client -> history(client.author(), client.client(), client.index()));
	}

	private void history(CurrentUser author, ClientView client, int index) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate decided = (client.benefitStartDate() == null ? SCREENING
				: latest(client.benefitStartDate(), SCREENING))
			.plusDays(index * 3L % 200);
		assess(author, client, decided.minusDays(14), index, 0);
		assess(author, client, today.minusMonths(2 + index % 6), index, 1);
		this.routes.decideProfile(author, client.id(), new ProfileDecision(ClientProfile.KP4, decided,
				"Uitkomst van de screening: geen perspectief op " + "betaald werk binnen twee jaar.", null));
		switch (index % 10) {
			case 0, 1, 2,
					3 ->
				change(author, client, Route.REST, decided.plusDays(60),
						"Eerst rust; gesprekken over activering doen nu meer kwaad dan goed.",
						today.plusDays(index % 5 * 10L - 5));
			case 4, 5 -> {
				change(author, client, Route.CARE_SUPPORT, decided.plusDays(90),
						"Zorg staat voorop: begeleiding via de GGZ.", null);
				this.routes.review(author, client.id(), new Review(ReviewDecision.KEEP_CARE_SUPPORT,
						today.minusMonths(3).plusDays(index % 20), null, null, "Traject loopt; zorg blijft voorop."));
			}
			case 6 -> change(author, client, Route.TOWARDS_KP3, today.minusDays(20),
					"Wil graag aan de slag; gesprek met Werkzaam plannen.", null);
			case 7 -> {
				change(author, client, Route.TOWARDS_KP3, decided.plusDays(120), "Klaar voor re-integratie.", null);
				this.routes.handOver(author, client.id(), new Handover(decided.plusDays(180), "Werkzaam Rivierenland",
						"Overgedragen voor een KP3-traject.", null));
			}
			case 9 -> endBenefit(author, client, index, today);
			default -> {
			}
		}
	}

	/**
	 * Ends the benefit of a client still under investigation, one reason after the other:
	 * outflow a few weeks ago.
	 */
	private void endBenefit(CurrentUser author, ClientView client, int index, LocalDate today) {
		if (client.benefitStartDate() == null) {
			return;
		}
		BenefitEndReason[] reasons = BenefitEndReason.values();
		BenefitPeriodView running = this.benefits.periods(author, client.id())
			.stream()
			.filter(BenefitPeriodView::open)
			.findFirst()
			.orElseThrow();
		this.benefits.end(author, client.id(), running.id(),
				new BenefitEnd(today.minusDays(10L + index), reasons[index / 10 % reasons.length], running.version()));
	}

	/**
	 * Five-domain scores that differ per client and improve a little over time.
	 */
	private void assess(CurrentUser author, ClientView client, LocalDate date, int index, int round) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (int domain = 0; domain < DOMAINS.length; domain++) {
			scores.put(DOMAINS[domain], Math.min(5, 1 + (index + domain * 3) % 4 + round * (domain % 2)));
		}
		this.assessments.record(author, client.id(),
				new NewAssessment(NewAssessment.DEFAULT_INSTRUMENT, date, scores,
						Map.of("WORK", round == 0 ? "Geen dagritme." : "Doet twee ochtenden vrijwilligerswerk."),
						round == 0 ? "Intake" : "Voortgangsgesprek"));
	}

	private void change(CurrentUser author, ClientView client, Route route, LocalDate date, String reason,
			LocalDate restEnd) {
		this.routes.changeRoute(author, client.id(), new RouteChange(route, date, reason, restEnd, null));
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
