package nl.koers.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.obligation.MeasureFacts.BrokenAgreement;
import nl.koers.obligation.MeasureFacts.ConversationCounts;
import nl.koers.obligation.MeasureRule.Message;
import nl.koers.obligation.MeasureRule.Verdict;
import nl.koers.system.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The measure rules and the report's years, without a database: the thresholds and the
 * look-back window of {@link RefusesConversationRule}, the choice of agreement of
 * {@link BrokenTrajectoryAgreementRule}, and the defaults and limits of
 * {@link MeasureReportYears}.
 */
class MeasureRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);

	private static final UUID CLIENT = UUID.randomUUID();

	private final StubFacts facts = new StubFacts();

	private final RefusesConversationRule refuses = new RefusesConversationRule(this.facts, 6, 3, 2);

	private final BrokenTrajectoryAgreementRule broken = new BrokenTrajectoryAgreementRule(this.facts);

	@Test
	void refusingLooksBackTheConfiguredMonths() {
		this.facts.counts = new ConversationCounts(0, 0, 0);
		this.refuses.check(CLIENT, null, TODAY);
		assertThat(this.facts.asked).containsExactly(LocalDate.of(2025, 11, 30));
		new RefusesConversationRule(this.facts, 12, 3, 2).check(CLIENT, null, TODAY);
		assertThat(this.facts.asked).last().isEqualTo(LocalDate.of(2025, 5, 31));
	}

	@Test
	void tooFewRefusalsAndTooLittleOutreachGiveBothReasons() {
		this.facts.counts = new ConversationCounts(1, 1, 1);
		Verdict verdict = this.refuses.check(CLIENT, null, TODAY);
		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.backing()).isNull();
		assertThat(verdict.refusals()).extracting(Message::key)
			.containsExactly("measure.refused.tooFewRefusals", "measure.refused.tooLittleOutreach");
		assertThat(verdict.refusals().get(0).args()).containsExactly(2, 3, 6);
		assertThat(verdict.refusals().get(1).args()).containsExactly(1, 2, 6);
	}

	@Test
	void refusalsAndNoShowsCountTogetherUpToTheThreshold() {
		this.facts.counts = new ConversationCounts(1, 1, 2);
		assertThat(this.refuses.check(CLIENT, null, TODAY).refusals()).extracting(Message::key)
			.containsExactly("measure.refused.tooFewRefusals");
		this.facts.counts = new ConversationCounts(1, 2, 1);
		assertThat(this.refuses.check(CLIENT, null, TODAY).refusals()).extracting(Message::key)
			.containsExactly("measure.refused.tooLittleOutreach");
	}

	@Test
	void reachingBothThresholdsBacksTheMeasureWithTheCounts() {
		this.facts.counts = new ConversationCounts(1, 2, 2);
		Verdict verdict = this.refuses.check(CLIENT, null, TODAY);
		assertThat(verdict.allowed()).isTrue();
		assertThat(verdict.agreementId()).isNull();
		assertThat(verdict.backing().key()).isEqualTo("measure.backing.refusals");
		assertThat(verdict.backing().args()).containsExactly(1, 2, 2, LocalDate.of(2025, 11, 30));
	}

	@Test
	void withoutABrokenAgreementThereIsNoBacking() {
		Verdict verdict = this.broken.check(CLIENT, null, TODAY);
		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.refusals()).extracting(Message::key).containsExactly("measure.refused.noBrokenAgreement");
	}

	@Test
	void theLatestBrokenAgreementBacksUnlessOneIsNamed() {
		BrokenAgreement first = new BrokenAgreement(UUID.randomUUID(), LocalDate.of(2026, 2, 1), "Dagbesteding");
		BrokenAgreement latest = new BrokenAgreement(UUID.randomUUID(), LocalDate.of(2026, 4, 1), null);
		this.facts.broken = List.of(first, latest);
		Verdict any = this.broken.check(CLIENT, null, TODAY);
		assertThat(any.agreementId()).isEqualTo(latest.agreementId());
		assertThat(any.backing().args()).containsExactly(LocalDate.of(2026, 4, 1), "");
		Verdict named = this.broken.check(CLIENT, first.agreementId(), TODAY);
		assertThat(named.agreementId()).isEqualTo(first.agreementId());
		assertThat(named.backing().key()).isEqualTo("measure.backing.brokenAgreement");
		assertThat(named.backing().args()).containsExactly(LocalDate.of(2026, 2, 1), "Dagbesteding");
		assertThat(this.broken.check(CLIENT, UUID.randomUUID(), TODAY).refusals()).extracting(Message::key)
			.containsExactly("measure.refused.agreementDoesNotQualify");
	}

	@Test
	void theReportCoversTheLastFiveYearsByDefault() {
		assertThat(MeasureReportYears.of(null, null, 2026)).isEqualTo(new MeasureReportYears(2022, 2026));
		assertThat(MeasureReportYears.of(null, 2020, 2026)).isEqualTo(new MeasureReportYears(2016, 2020));
		assertThat(MeasureReportYears.of(2025, null, 2026)).isEqualTo(new MeasureReportYears(2025, 2026));
		assertThat(MeasureReportYears.of(1977, 2026, 2026)).isEqualTo(new MeasureReportYears(1977, 2026));
	}

	@Test
	void theReportRefusesYearsBackwardsAndMoreThanFifty() {
		assertThatThrownBy(() -> MeasureReportYears.of(2026, 2025, 2026)).isInstanceOfSatisfying(
				InvalidFieldException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("measure.report.fromAfterUntil"));
		assertThatThrownBy(() -> MeasureReportYears.of(1976, 2026, 2026)).isInstanceOfSatisfying(
				InvalidFieldException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("measure.report.tooManyYears"));
		assertThatThrownBy(() -> MeasureReportYears.of(1899, 1900, 2026)).isInstanceOfSatisfying(
				InvalidFieldException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("measure.report.tooManyYears"));
	}

	/**
	 * The facts as a rule reads them, without a database.
	 */
	static class StubFacts extends MeasureFacts {

		ConversationCounts counts = new ConversationCounts(0, 0, 0);

		List<BrokenAgreement> broken = List.of();

		final List<LocalDate> asked = new ArrayList<>();

		StubFacts() {
			super(null);
		}

		@Override
		ConversationCounts conversationCounts(UUID clientId, LocalDate since) {
			this.asked.add(since);
			return this.counts;
		}

		@Override
		List<BrokenAgreement> brokenAgreements(UUID clientId) {
			return this.broken;
		}

	}

}
