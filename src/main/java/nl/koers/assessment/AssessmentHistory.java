package nl.koers.assessment;

import java.util.ArrayList;
import java.util.List;

import nl.koers.assessment.api.AssessmentView;
import nl.koers.client.api.ClientRef;

/**
 * A client's assessments as the assessments page shows them: per instrument that was
 * used, the assessments in date order, the latest one and the chart.
 *
 * @param client the client
 * @param mayRecord whether the user may record a new assessment
 * @param instruments every instrument, for the links to record a new assessment
 * @param used the instruments used for this client, in the instruments' order
 */
record AssessmentHistory(ClientRef client, boolean mayRecord, List<Instrument> instruments, List<PerInstrument> used) {

	static AssessmentHistory of(ClientRef client, boolean mayRecord, List<Instrument> instruments,
			List<AssessmentView> oldestFirst) {
		List<PerInstrument> used = new ArrayList<>();
		for (Instrument instrument : instruments) {
			List<AssessmentView> assessments = oldestFirst.stream()
				.filter(assessment -> assessment.instrument().equals(instrument.code()))
				.toList();
			if (!assessments.isEmpty()) {
				used.add(new PerInstrument(instrument, assessments, ScoreChart.of(instrument, assessments)));
			}
		}
		return new AssessmentHistory(client, mayRecord, instruments, used);
	}

	record PerInstrument(Instrument instrument, List<AssessmentView> assessments, ScoreChart chart) {

		public AssessmentView latest() {
			return this.assessments.get(this.assessments.size() - 1);
		}

	}

}
