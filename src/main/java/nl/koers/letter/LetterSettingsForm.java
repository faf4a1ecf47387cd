package nl.koers.letter;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The letter settings page: the letterhead, the signatory, where to object, whether to
 * remove the logo, the text blocks (by {@link TextBlock} name; blank or the default text:
 * the default) and the version read. The logo itself comes as a file of its own.
 */
record LetterSettingsForm(@NotBlank @Size(max = 120) String printedName, @NotBlank @Size(max = 200) String department,
		@Size(max = 400) String addressLines, @Size(max = 40) String contactPhone, @Email @Size(max = 254) String email,
		@Size(max = 200) String website, @NotBlank @Size(max = 200) String signatoryName,
		@NotBlank @Size(max = 200) String signatoryTitle, @NotBlank @Size(max = 400) String objectionAddress,
		Boolean removeLogo, Map<String, String> texts, long version) {

	LetterSettingsForm {
		texts = texts == null ? Map.of() : texts;
	}

}
