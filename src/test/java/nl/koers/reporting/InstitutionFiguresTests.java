package nl.koers.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.referral.api.ReferralFigures.OrganisationFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionFiguresTests {

	@Test
	void endedReferralsPerOutcomeBelowTheThresholdAreLeftOutWithWhatWouldGiveThemAway() {
		Map<Outcome, Integer> ended = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			ended.put(outcome, 0);
		}
		ended.put(Outcome.PAID_WORK, 3);
		ended.put(Outcome.CARE, 12);
		ended.put(Outcome.SOCIAL_ACTIVATION, 20);
		OrganisationFigures organisation = new OrganisationFigures(UUID.randomUUID(), "Zorggroep", 0, 2, 9, 0, 35, 0,
				46, ended);

		InstitutionFigures figures = InstitutionFigures.of(List.of(organisation), 5);

		InstitutionFigures.Row row = figures.rows().get(0);
		assertThat(figures.suppressed()).isTrue();
		assertThat(figures.outcomes()).containsExactly(Outcome.PAID_WORK, Outcome.SOCIAL_ACTIVATION, Outcome.CARE);
		assertThat(row.endedPerOutcome().get(Outcome.PAID_WORK)).isNull();
		assertThat(row.endedPerOutcome().get(Outcome.CARE)).isNull();
		assertThat(row.endedPerOutcome().get(Outcome.SOCIAL_ACTIVATION)).isEqualTo(20);
		assertThat(row.endedPerOutcome().get(Outcome.MOVED)).isZero();
		assertThat(row.ended()).isEqualTo(35);
		assertThat(row.running()).isEqualTo(9);
		assertThat(row.total()).isEqualTo(46);
	}

}
