package nl.koers.client.api;

/**
 * The citizen service number (burgerservicenummer): nine digits that pass the 11-test.
 */
public final class Bsn {

	private Bsn() {
	}

	/**
	 * The 11-test: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros).
	 */
	public static boolean isValid(String value) {
		if (value == null || !value.matches("\\d{9}") || value.equals("000000000")) {
			return false;
		}
		return checkDigit(value.substring(0, 8)) == Character.digit(value.charAt(8), 10);
	}

	/**
	 * The ninth digit that makes eight digits pass the 11-test, or -1 when no digit does
	 * (the weighted sum leaves 10).
	 */
	public static int checkDigit(String eightDigits) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * Character.digit(eightDigits.charAt(i), 10);
		}
		int check = sum % 11;
		return check <= 9 ? check : -1;
	}

}
