package nl.koers.obligation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A proposed measure. The ground is text, so that any other ground than the two allowed
 * is refused with its reason rather than failing to parse; {@code agreementId} names the
 * broken agreement for {@link MeasureGround#BROKEN_TRAJECTORY_AGREEMENT} (without it, any
 * qualifying one backs the measure).
 */
record MeasureForm(@NotBlank @Size(max = 40) String ground, @NotBlank @Size(max = 4000) String justification,
		UUID agreementId) {

	static MeasureForm empty() {
		return new MeasureForm(null, null, null);
	}

}
