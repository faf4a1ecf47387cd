package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.agreement.api.AgreementOutcome;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.agreement.api.NewAgreementOutcome;
import nl.koers.client.api.ClientAccess;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.GoalStatus;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.goal.api.NewProgressNote;
import nl.koers.goal.api.NewGoalStatus;
import nl.koers.identity.api.CurrentUser;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Gives some clients of a case lead their own goals with progress notes, and agreements:
 * one kept, and one tied to a purchased day activity broken without a valid reason.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoGoals implements DemoStep {

	private final Goals goals;

	private final Agreements agreements;

	private final ClientAccess clients;

	private final Clock clock;

	DemoGoals(Goals goals, Agreements agreements, ClientAccess clients, Clock clock) {
		this.goals = goals;
		this.agreements = agreements;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void load(DemoWorld world) {
		goals(world.actor("consulent"));
	}

	private void goals(CurrentUser caseLead) {
		List<UUID> caseload = this.clients.caseload(caseLead).stream().sorted().limit(4).toList();
		LocalDate today = LocalDate.now(this.clock);
		UUID rhythm = goal(caseLead, caseload.get(0), GoalCategory.DAILY_RHYTHM,
				"Ik wil weer een vast ritme: elke ochtend om acht uur op en 's middags een wandeling.",
				today.minusDays(120));
		progress(caseLead, rhythm, today.minusDays(90), "Staat drie dagen per week op tijd op.");
		progress(caseLead, rhythm, today.minusDays(30), "Wandelt nu bijna elke dag met de buurvrouw.");
		UUID company = goal(caseLead, caseload.get(1), GoalCategory.BREAK_SOCIAL_ISOLATION,
				"Ik wil één keer per week onder de mensen zijn.", today.minusDays(150));
		progress(caseLead, company, today.minusDays(100), "Gaat op woensdag naar de koffieochtend in het buurthuis.");
		this.goals.changeStatus(caseLead, company, new NewGoalStatus(GoalStatus.ACHIEVED, today.minusDays(20),
				"Gaat al drie maanden elke week; heeft daar vrienden gemaakt.", 0L));
		UUID volunteer = goal(caseLead, caseload.get(2), GoalCategory.VOLUNTEER_WORK,
				"Ik wil iets doen voor een ander, misschien bij de voedselbank.", today.minusDays(80));
		progress(caseLead, volunteer, today.minusDays(40), "Kennismaking bij de voedselbank gehad.");
		goal(caseLead, caseload.get(3), GoalCategory.SELF_ESTEEM, "Ik wil me niet meer schamen als ik de deur uit ga.",
				today.minusDays(60));
		agreements(caseLead, caseload.get(0), caseload.get(2), today);
	}

	private void agreements(CurrentUser caseLead, UUID keeps, UUID breaks, LocalDate today) {
		UUID kept = this.agreements
			.make(caseLead, keeps,
					new NewAgreement("Komt elke twee weken op gesprek op het gemeentehuis.", today.minusDays(100), null,
							false, null))
			.id();
		this.agreements.recordOutcome(caseLead, kept, new NewAgreementOutcome(AgreementOutcome.KEPT,
				today.minusDays(10), null, "Alle gesprekken van de afgelopen drie maanden nagekomen."));
		UUID broken = this.agreements
			.make(caseLead, breaks,
					new NewAgreement("Gaat op dinsdag en donderdag naar de dagbesteding.", today.minusDays(70),
							"Dagbesteding De Linge (ingekocht)", true, null))
			.id();
		this.agreements.recordOutcome(caseLead, broken, new NewAgreementOutcome(AgreementOutcome.BROKEN,
				today.minusDays(14), false, "Vier weken niet verschenen zonder bericht; telefonisch niet bereikbaar."));
	}

	private UUID goal(CurrentUser caseLead, UUID client, GoalCategory category, String description, LocalDate start) {
		return this.goals.set(caseLead, client, new NewGoal(category, description, start)).id();
	}

	private void progress(CurrentUser caseLead, UUID goal, LocalDate on, String note) {
		this.goals.addProgress(caseLead, goal, new NewProgressNote(on, note));
	}

}
