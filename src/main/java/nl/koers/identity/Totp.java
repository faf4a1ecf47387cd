package nl.koers.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: SHA-1, six
 * digits, a step of 30 seconds; a code of the step before or after now is accepted too,
 * for clocks that drift.
 */
@Component
class Totp {

	static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final int WINDOW = 1;

	private static final String ISSUER = "Koers";

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/**
	 * The time step this code belongs to, when it is one of the window around now and
	 * later than the step used last; empty otherwise, so that a code works once.
	 */
	OptionalLong match(String secret, String code, long lastUsedStep) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = this.clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = Math.max(now - WINDOW, lastUsedStep + 1); step <= now + WINDOW; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String code(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("cannot compute a TOTP code", ex);
		}
	}

	/**
	 * The QR code an authenticator app scans, as a {@code data:} URI of a PNG image.
	 */
	String qrCode(String username, String secret) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("cannot draw the QR code", ex);
		}
	}

}
