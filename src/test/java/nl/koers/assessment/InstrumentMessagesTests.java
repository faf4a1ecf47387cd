package nl.koers.assessment;

import java.util.Locale;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instruments are data, their names are text: every instrument and domain in the database
 * has a name in Dutch and in English.
 */
@KoersTest
class InstrumentMessagesTests {

	@Autowired
	AssessmentService assessments;

	@Autowired
	MessageSource messages;

	@Test
	void everyInstrumentAndDomainHasADutchAndAnEnglishName() {
		assertThat(this.assessments.instruments()).extracting(Instrument::code).containsExactly("FIVE_DOMAINS", "ZRM");
		for (Instrument instrument : this.assessments.instruments()) {
			assertNamed("instrument." + instrument.code());
			instrument.domains().forEach(domain -> assertNamed("domain." + instrument.code() + "." + domain));
		}
		for (int score = AssessmentRule.LOWEST; score <= AssessmentRule.HIGHEST; score++) {
			assertNamed("assessment.scale." + score);
		}
	}

	private void assertNamed(String key) {
		String dutch = this.messages.getMessage(key, null, null, Locale.forLanguageTag("nl"));
		String english = this.messages.getMessage(key, null, null, Locale.ENGLISH);
		assertThat(dutch).as(key).isNotBlank();
		assertThat(english).as(key).isNotBlank().isNotEqualTo(dutch);
	}

}
