package nl.koers.system.web;

import java.time.ZoneId;
import java.util.TimeZone;

import jakarta.validation.ValidatorFactory;
import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Past} and {@code @PastOrPresent} on forms and API bodies compare with the Dutch
 * date, whatever the zone of the JVM: the validator's clock is the application's.
 */
@KoersTest
class DutchValidationClockTests {

	@Autowired
	ValidatorFactory validation;

	@Test
	void theValidatorTellsTimeInTheNetherlandsWhateverTheMachinesZone() {
		TimeZone machine = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
		try {
			assertThat(this.validation.getClockProvider().getClock().getZone())
				.isEqualTo(ZoneId.of("Europe/Amsterdam"));
		}
		finally {
			TimeZone.setDefault(machine);
		}
	}

}
