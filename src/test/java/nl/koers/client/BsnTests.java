package nl.koers.client;

import nl.koers.client.api.Bsn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTests {

	@ParameterizedTest
	@ValueSource(strings = { "111222333", "123456782", "999999990" })
	void acceptsNumbersThatPassTheElevenTest(String bsn) {
		assertThat(Bsn.isValid(bsn)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "123456789", "111222334", "000000000", "12345678", "1234567890", "12345678a", "", " 11122233" })
	void refusesEverythingElse(String bsn) {
		assertThat(Bsn.isValid(bsn)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void refusesNull() {
		assertThat(Bsn.isValid(null)).isFalse();
	}

}
