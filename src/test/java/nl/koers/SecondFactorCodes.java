package nl.koers;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * What an authenticator app shows for a TOTP secret, for tests that sign in with a second
 * factor. Koers accepts a code of the step before, of and after now, each step once per
 * user: every call answers a step after the last one answered for the same secret (and
 * one that stays valid for at least ten seconds), waiting for the next step when all
 * three are used.
 */
public final class SecondFactorCodes {

	public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private SecondFactorCodes() {
	}

	public static synchronized String next(String secret) {
		long step = Math.max(earliestSafeStep(), LAST_STEP.getOrDefault(secret, Long.MIN_VALUE) + 1);
		while (step > now() + 1) {
			sleep();
		}
		LAST_STEP.put(secret, step);
		return code(secret, step);
	}

	public static String code(String secret, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The step before now is accepted only until the current step ends: used in its last
	 * ten seconds, the code could be too old when it reaches Koers.
	 */
	private static long earliestSafeStep() {
		long secondsLeft = 30 - Instant.now().getEpochSecond() % 30;
		return secondsLeft >= 10 ? now() - 1 : now();
	}

	public static long now() {
		return Instant.now().getEpochSecond() / 30;
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
