package nl.koers.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/**
	 * RFC 6238's SHA-1 seed "12345678901234567890" in base32.
	 */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static final long NOW = 1_111_111_109L;

	private static final long STEP = NOW / 30;

	private final Totp totp = new Totp(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

	@Test
	void makesTheCodesOfRfc6238() {
		assertThat(this.totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(this.totp.code(RFC_SECRET, STEP)).isEqualTo("081804");
	}

	@Test
	void acceptsTheCodeOfNowAndOfOneStepEitherSide() {
		assertThat(this.totp.match(RFC_SECRET, "081804", 0)).hasValue(STEP);
		assertThat(this.totp.match(RFC_SECRET, this.totp.code(RFC_SECRET, STEP - 1), 0)).hasValue(STEP - 1);
		assertThat(this.totp.match(RFC_SECRET, this.totp.code(RFC_SECRET, STEP + 1), 0)).hasValue(STEP + 1);
	}

	@Test
	void refusesCodesTwoStepsAway() {
		assertThat(this.totp.match(RFC_SECRET, this.totp.code(RFC_SECRET, STEP - 2), 0)).isEmpty();
		assertThat(this.totp.match(RFC_SECRET, this.totp.code(RFC_SECRET, STEP + 2), 0)).isEmpty();
	}

	@Test
	void refusesACodeOfAStepUsedAlreadyOrEarlier() {
		assertThat(this.totp.match(RFC_SECRET, "081804", STEP)).isEmpty();
		assertThat(this.totp.match(RFC_SECRET, this.totp.code(RFC_SECRET, STEP - 1), STEP - 1)).isEmpty();
		assertThat(this.totp.match(RFC_SECRET, this.totp.code(RFC_SECRET, STEP + 1), STEP)).hasValue(STEP + 1);
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		assertThat(this.totp.match(RFC_SECRET, "81804", 0)).isEmpty();
		assertThat(this.totp.match(RFC_SECRET, "0818045", 0)).isEmpty();
		assertThat(this.totp.match(RFC_SECRET, null, 0)).isEqualTo(OptionalLong.empty());
	}

	@Test
	void drawsTheQrCodeAsAPngDataUri() {
		assertThat(this.totp.qrCode("beheerder", RFC_SECRET)).startsWith("data:image/png;base64,");
	}

}
