package nl.koers.system;

/**
 * The {@code limit} of a paged list as the API defines it: 50 when absent, at most 500.
 */
public final class PageLimit {

	public static final int DEFAULT = 50;

	public static final int MAX = 500;

	private PageLimit() {
	}

	public static int of(Integer requested) {
		if (requested == null) {
			return DEFAULT;
		}
		if (requested < 1 || requested > MAX) {
			throw new InvalidFieldException("limit", "validation.limit");
		}
		return requested;
	}

}
