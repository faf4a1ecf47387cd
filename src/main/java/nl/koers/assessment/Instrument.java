package nl.koers.assessment;

import java.util.List;

/**
 * An assessment instrument and its domains, in order. The display names are in the
 * message bundle as {@code instrument.<code>} and {@code domain.<code>.<domain>}.
 *
 * @param code the instrument, such as {@code FIVE_DOMAINS} or {@code ZRM}
 * @param domains the codes of its domains, such as {@code WORK}
 */
record Instrument(String code, List<String> domains) {

	public Instrument {
		domains = List.copyOf(domains);
	}

}
