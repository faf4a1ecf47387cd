package nl.koers.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which BRP settings belong to a municipality, and which municipality code the BRP is
 * asked for.
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

	@Test
	void aMunicipalityWithoutSettingsHasNoLookUp() {
		BrpProperties properties = new BrpProperties(Map.of("GM1960", DERIVED));
		assertThat(properties.connection("gm1960")).contains(DERIVED);
		assertThat(properties.connection("GM0503")).isEmpty();
		assertThat(new BrpProperties(Map.of()).connection("GM1960")).isEmpty();
	}

}
