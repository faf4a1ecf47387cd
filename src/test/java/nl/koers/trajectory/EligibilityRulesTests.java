package nl.koers.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.koers.budget.api.Shortfall;
import nl.koers.client.api.ClientRef;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.route.api.Route;
import nl.koers.system.RefusedException.Reason;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every eligibility rule on its own, with Delft's terms: ages 23 to 57½ at nomination,
 * two years on benefit, nominations from 1 November 2005 to 30 April 2006, 50 places.
 */
class EligibilityRulesTests {

	static final LocalDate DAY = LocalDate.of(2006, 2, 15);

	@Test
	void theAgeRuleTakesBothEndsOfTheRangeIncludingTheHalfYear() {
		LocalDate turns23 = DAY.minusYears(23);
		assertThat(new AgeRule().check(facts(client(turns23, null), DAY))).isEmpty();
		assertThat(new AgeRule().check(facts(client(turns23.plusDays(1), null), DAY))).extracting(Reason::messageKey)
			.containsExactly("trajectory.rule.age");

		LocalDate turns57andAHalf = DAY.minusYears(57).minusMonths(6);
		assertThat(new AgeRule().check(facts(client(turns57andAHalf, null), DAY))).isEmpty();
		List<Reason> tooOld = new AgeRule().check(facts(client(turns57andAHalf.minusDays(1), null), DAY));
		assertThat(tooOld).hasSize(1);
		assertThat(text(tooOld.get(0))).isEqualTo(
				"Leeftijd op de voordrachtdatum: 57 jaar, 6 maanden en 1 dag; het contract is voor 23 tot en met 57½ jaar.");
	}

	@Test
	void theAgeRuleNamesTheClientsAgeInWholeYearsWhenItIs() {
		List<Reason> reasons = new AgeRule().check(facts(client(DAY.minusYears(58), null), DAY));
		assertThat(text(reasons.get(0))).startsWith("Leeftijd op de voordrachtdatum: 58;");
	}

	@Test
	void theBenefitRuleCountsMonthsOnBenefitOnTheNominationDate() {
		assertThat(new BenefitDurationRule().check(facts(client(null, DAY.minusMonths(24)), DAY))).isEmpty();
		List<Reason> reasons = new BenefitDurationRule()
			.check(facts(client(null, DAY.minusMonths(24).plusDays(1)), DAY));
		assertThat(text(reasons.get(0)))
			.isEqualTo("Uitkering op de voordrachtdatum: 23 maanden; het contract vraagt minstens 24 maanden.");
	}

	@Test
	void theRouteRuleWantsKp4AndOneOfTheContractsRoutes() {
		ContractView anyRoute = contract(Set.of(), 0);
		assertThat(new RouteRule().check(facts(anyRoute, Route.REST, DAY))).isEmpty();
		assertThat(new RouteRule().check(facts(anyRoute, null, DAY))).extracting(Reason::messageKey)
			.containsExactly("trajectory.rule.notKp4");
		ContractView careOnly = contract(Set.of(Route.CARE_SUPPORT), 0);
		assertThat(text(new RouteRule().check(facts(careOnly, Route.REST, DAY)).get(0)))
			.isEqualTo("Route op de voordrachtdatum: Rust; het contract is niet voor deze route.");
	}

	@Test
	void theWindowIncludesItsFirstAndLastDay() {
		NominationWindowRule rule = new NominationWindowRule();
		assertThat(rule.check(facts(contract(Set.of(), 0), Route.REST, LocalDate.of(2005, 11, 1)))).isEmpty();
		assertThat(rule.check(facts(contract(Set.of(), 0), Route.REST, LocalDate.of(2006, 4, 30)))).isEmpty();
		assertThat(rule.check(facts(contract(Set.of(), 0), Route.REST, LocalDate.of(2005, 10, 31))))
			.extracting(Reason::messageKey)
			.containsExactly("trajectory.rule.window");
		assertThat(text(rule.check(facts(contract(Set.of(), 0), Route.REST, LocalDate.of(2006, 5, 1))).get(0)))
			.isEqualTo(
					"Voordrachtdatum 2006-05-01 valt buiten de voordrachtperiode van 2005-11-01 tot en met 2006-04-30.");
	}

	@Test
	void aFullContractHasNoPlaceLeft() {
		assertThat(new PlacesRule().check(facts(contract(Set.of(), 49), Route.REST, DAY))).isEmpty();
		assertThat(text(new PlacesRule().check(facts(contract(Set.of(), 50), Route.REST, DAY)).get(0)))
			.isEqualTo("Het contract is vol: alle 50 plaatsen zijn bezet.");
	}

	@Test
	void theBudgetRuleNamesEveryYearThatFallsShort() {
		NominationFacts facts = new NominationFacts(contract(Set.of(), 0),
				client(DAY.minusYears(40), DAY.minusYears(5)), DAY, Route.REST, false,
				List.of(new Shortfall(2006, new BigDecimal("3213.00"), new BigDecimal("100.00"))));
		assertThat(text(new BudgetRule().check(facts).get(0)))
			.isEqualTo("Budget Werkbudget 2006: nodig 3.213,00, nog beschikbaar 100,00.");
	}

	@Test
	void theVerdictSeparatesTheTargetGroupFromWhatCanBeApproved() {
		NominationFacts facts = new NominationFacts(contract(Set.of(), 50),
				client(DAY.minusYears(60), DAY.minusYears(5)), LocalDate.of(2006, 6, 1), Route.REST, true, List.of());
		Eligibility.Verdict verdict = Eligibility.check(facts);
		assertThat(verdict.refusals()).extracting(Reason::messageKey)
			.containsExactly("trajectory.rule.age", "trajectory.rule.openTrajectory");
		assertThat(verdict.exceptionRules()).containsExactly("WINDOW", "PLACES");
		assertThat(verdict.eligible()).isFalse();
	}

	private static String text(Reason reason) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/trajectory", "i18n/route");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(reason.messageKey(), reason.args(), Locale.forLanguageTag("nl"));
	}

	private static NominationFacts facts(ClientRef client, LocalDate date) {
		return new NominationFacts(contract(Set.of(), 0), client, date, Route.REST, false, List.of());
	}

	private static NominationFacts facts(ContractView contract, Route route, LocalDate date) {
		return new NominationFacts(contract, client(date.minusYears(40), date.minusYears(5)), date, route, false,
				List.of());
	}

	private static ClientRef client(LocalDate born, LocalDate benefitSince) {
		return new ClientRef(UUID.randomUUID(), UUID.randomUUID(), "Cliënt", born == null ? DAY.minusYears(40) : born,
				benefitSince == null ? DAY.minusYears(5) : benefitSince, null);
	}

	private static ContractView contract(Set<Route> routes, int placesUsed) {
		return new ContractView(UUID.randomUUID(), UUID.randomUUID(), "Aanbieder", "Delft", null, 50, placesUsed,
				new BigDecimal("5355.00"), "Werkbudget", ScheduleKind.YEARS,
				List.of(new PaymentLine(2005, null, new BigDecimal("20")),
						new PaymentLine(2006, null, new BigDecimal("60")),
						new PaymentLine(2007, null, new BigDecimal("20"))),
				LocalDate.of(2005, 11, 1), LocalDate.of(2006, 4, 30), 18, 6, 60,
				List.of("Intake en oriëntatie", "Activering", "Doorstroom"), 276, 690, 24, routes, false, 0);
	}

}
