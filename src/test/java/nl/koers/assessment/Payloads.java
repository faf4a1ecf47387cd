package nl.koers.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Assessments as the API and the form send them: valid by default, change what the test
 * is about.
 */
final class Payloads {

	static final List<String> FIVE_DOMAINS = List.of("WORK", "HEALTH_AND_ADDICTION", "SOCIAL_ENVIRONMENT",
			"HOUSING_AND_FINANCES", "JUSTICE");

	static final List<String> ZRM = List.of("FINANCES", "DAY_ACTIVITIES", "HOUSING", "DOMESTIC_RELATIONS",
			"MENTAL_HEALTH", "PHYSICAL_HEALTH", "ADDICTION", "ADL", "SOCIAL_NETWORK", "COMMUNITY_PARTICIPATION",
			"JUSTICE");

	private String instrument;

	private LocalDate assessedOn = LocalDate.of(2024, 3, 1);

	private final Map<String, Object> scores = new LinkedHashMap<>();

	private final Map<String, String> notes = new LinkedHashMap<>();

	private String summary;

	private Payloads(String instrument, List<String> domains, int score) {
		this.instrument = instrument;
		domains.forEach(domain -> this.scores.put(domain, score));
	}

	/**
	 * Every domain of the five-domain questionnaire scored 3, with no instrument named
	 * (the default).
	 */
	static Payloads fiveDomains() {
		return new Payloads(null, FIVE_DOMAINS, 3);
	}

	static Payloads zrm() {
		return new Payloads("ZRM", ZRM, 3);
	}

	Payloads instrument(String instrument) {
		this.instrument = instrument;
		return this;
	}

	Payloads on(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
		return this;
	}

	Payloads score(String domain, Object score) {
		this.scores.put(domain, score);
		return this;
	}

	Payloads without(String domain) {
		this.scores.remove(domain);
		return this;
	}

	Payloads note(String domain, String note) {
		this.notes.put(domain, note);
		return this;
	}

	Payloads summary(String summary) {
		this.summary = summary;
		return this;
	}

	String json() {
		StringBuilder json = new StringBuilder("{");
		if (this.instrument != null) {
			json.append("\"instrument\": \"").append(this.instrument).append("\", ");
		}
		if (this.assessedOn != null) {
			json.append("\"assessedOn\": \"").append(this.assessedOn).append("\", ");
		}
		json.append("\"scores\": ").append(object(this.scores, false));
		json.append(", \"notes\": ").append(object(this.notes, true));
		if (this.summary != null) {
			json.append(", \"summary\": \"").append(this.summary).append('"');
		}
		return json.append('}').toString();
	}

	/**
	 * The assessment as a service call takes it; scores must be whole numbers.
	 */
	NewAssessment assessment() {
		Map<String, Integer> scores = new LinkedHashMap<>();
		this.scores.forEach((domain, score) -> scores.put(domain, (Integer) score));
		return new NewAssessment(this.instrument, this.assessedOn, scores, this.notes, this.summary);
	}

	MultiValueMap<String, String> form() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("instrument", this.instrument == null ? "FIVE_DOMAINS" : this.instrument);
		form.add("assessedOn", this.assessedOn == null ? "" : this.assessedOn.toString());
		this.scores.forEach((domain, score) -> form.add("scores[" + domain + "]", String.valueOf(score)));
		this.notes.forEach((domain, note) -> form.add("notes[" + domain + "]", note));
		if (this.summary != null) {
			form.add("summary", this.summary);
		}
		return form;
	}

	private static String object(Map<String, ?> values, boolean quoted) {
		return values.entrySet()
			.stream()
			.map(entry -> "\"" + entry.getKey() + "\": "
					+ (quoted ? "\"" + entry.getValue() + "\"" : String.valueOf(entry.getValue())))
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
