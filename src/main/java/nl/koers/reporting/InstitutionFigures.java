package nl.koers.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.client.api.Outcome;
import nl.koers.referral.api.ReferralFigures.OrganisationFigures;

/**
 * The referrals per institution for the work report: how many, how many run and how many
 * ended, by their outcome. Counts below the threshold are left out ({@code null}), with
 * one more where an institution's ended referrals would give one away.
 *
 * @param rows one per institution with referrals
 * @param outcomes the outcomes any institution's referrals ended with, in the list's
 * order
 * @param suppressed whether a count was left out
 */
record InstitutionFigures(List<Row> rows, List<Outcome> outcomes, boolean suppressed) {

	static InstitutionFigures of(List<OrganisationFigures> organisations, int threshold) {
		List<Outcome> outcomes = Arrays.stream(Outcome.values())
			.filter(outcome -> organisations.stream().anyMatch(o -> o.endedPerOutcome().getOrDefault(outcome, 0) > 0))
			.toList();
		List<Row> rows = new ArrayList<>();
		boolean suppressed = false;
		for (OrganisationFigures organisation : organisations) {
			Map<String, Long> counts = new LinkedHashMap<>();
			counts.put("total", (long) organisation.total());
			counts.put("running", (long) organisation.running());
			counts.put("ended", (long) organisation.ended());
			organisation.endedPerOutcome().forEach((outcome, count) -> counts.put(outcome.name(), (long) count));
			List<String> ended = new ArrayList<>(List.of("ended"));
			organisation.endedPerOutcome().keySet().forEach(outcome -> ended.add(outcome.name()));
			Set<String> hidden = SmallNumbers.hidden(counts, List.of(ended), threshold);
			suppressed |= !hidden.isEmpty();
			Map<Outcome, Long> perOutcome = new EnumMap<>(Outcome.class);
			organisation.endedPerOutcome()
				.forEach((outcome, count) -> perOutcome.put(outcome,
						hidden.contains(outcome.name()) ? null : Long.valueOf(count)));
			rows.add(new Row(organisation.organisation(), shown(counts, hidden, "total"),
					shown(counts, hidden, "running"), shown(counts, hidden, "ended"), perOutcome));
		}
		return new InstitutionFigures(rows, outcomes, suppressed);
	}

	private static Long shown(Map<String, Long> counts, Set<String> hidden, String key) {
		return hidden.contains(key) ? null : counts.get(key);
	}

	/**
	 * One institution's referrals.
	 */
	record Row(String organisation, Long total, Long running, Long ended, Map<Outcome, Long> endedPerOutcome) {
	}

}
