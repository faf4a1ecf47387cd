package nl.koers.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one outcome list: a Dutch and an English label for every code, in one place (the
 * client bundle), what counts as moving on, and what a benefit's end implies.
 */
class OutcomeTests {

	@Test
	void everyOutcomeHasItsLabelInBothLanguages() throws IOException {
		Properties dutch = bundle("client");
		Properties english = bundle("client_en");
		for (Outcome outcome : Outcome.values()) {
			assertThat(dutch.getProperty("outcome." + outcome)).as(outcome.name()).isNotBlank();
			assertThat(english.getProperty("outcome." + outcome)).as(outcome.name()).isNotBlank();
		}
		assertThat(Arrays.stream(Outcome.values()).map(outcome -> dutch.getProperty("outcome." + outcome)))
			.containsExactly("Betaald werk", "Vrijwilligerswerk", "Sociale activering", "Dagbesteding", "Opleiding",
					"Zorg", "Re-integratie (richting KP3)", "Geen verandering", "Uitgevallen", "Verhuisd", "Anders");
	}

	@Test
	void movingOnIsWhatAContractIsPaidFor() {
		assertThat(Arrays.stream(Outcome.values()).filter(Outcome::movedOn)).containsExactly(Outcome.PAID_WORK,
				Outcome.VOLUNTEER_WORK, Outcome.SOCIAL_ACTIVATION, Outcome.DAY_ACTIVITIES, Outcome.EDUCATION,
				Outcome.CARE, Outcome.REINTEGRATION);
	}

	@Test
	void aBenefitsEndImpliesAnOutcome() {
		assertThat(Outcome.of(BenefitEndReason.WORK)).isEqualTo(Outcome.PAID_WORK);
		assertThat(Outcome.of(BenefitEndReason.MOVED)).isEqualTo(Outcome.MOVED);
		assertThat(Outcome.of(BenefitEndReason.DECEASED)).isEqualTo(Outcome.OTHER);
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OutcomeTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
