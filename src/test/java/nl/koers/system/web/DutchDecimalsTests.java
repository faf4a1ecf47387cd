package nl.koers.system.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DutchDecimalsTests {

	@Test
	void readsAmountsTheDutchWayAndThePlainWay() {
		assertThat(read("546.940,00")).isEqualByComparingTo("546940.00");
		assertThat(read("546940,5")).isEqualByComparingTo("546940.50");
		assertThat(read("€ 27.347,00")).isEqualByComparingTo("27347.00");
		assertThat(read("546940.00")).isEqualByComparingTo("546940.00");
		assertThat(read(" ")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> read("veel"));
	}

	private static BigDecimal read(String text) {
		DutchDecimals.DecimalEditor editor = new DutchDecimals.DecimalEditor();
		editor.setAsText(text);
		return (BigDecimal) editor.getValue();
	}

}
