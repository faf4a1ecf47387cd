package nl.koers.client;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which municipality code the BRP is asked for.
 */
class BrpPropertiesTests {

	private static final BrpProperties.Connection DERIVED = new BrpProperties.Connection(
			URI.create("https://brp.example/api"), "key", null, Duration.ofSeconds(5));

	@Test
	void theBrpIsAskedForTheDigitsOfTheMunicipalityCodeUnlessSetOtherwise() {
		assertThat(DERIVED.registrationMunicipality("GM1960")).isEqualTo("1960");
		BrpProperties.Connection set = new BrpProperties.Connection(URI.create("https://brp.example/api"), "key",
				"0599", Duration.ofSeconds(5));
		assertThat(set.registrationMunicipality("GM1960")).isEqualTo("0599");
	}

}
