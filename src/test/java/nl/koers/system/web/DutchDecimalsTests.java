package nl.koers.system.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Amounts as Dutch users type them in forms, without a Spring context.
 */
class DutchDecimalsTests {

	private final DutchDecimals.DecimalEditor editor = new DutchDecimals.DecimalEditor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "546.940,00|546940.00", "546940,00|546940.00", "546940.00|546940.00",
			"€ 5.355,00|5355.00", "1.000.000,5|1000000.5", "27347|27347", " 12,34 |12.34", "0,01|0.01" })
	void readsDutchAndPlainAmounts(String typed, String expected) {
		this.editor.setAsText(typed);
		assertThat((BigDecimal) this.editor.getValue()).isEqualByComparingTo(expected);
		assertThat(((BigDecimal) this.editor.getValue()).scale()).isEqualTo(new BigDecimal(expected).scale());
	}

	@Test
	void blankIsNoAmount() {
		this.editor.setAsText("  ");
		assertThat(this.editor.getValue()).isNull();
		assertThat(this.editor.getAsText()).isEmpty();
	}

	@Test
	void refusesWhatIsNoAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.editor.setAsText("vijf euro"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.editor.setAsText("1,2,3"));
	}

	@Test
	void showsAnAmountWithoutExponent() {
		this.editor.setValue(new BigDecimal("1E+3"));
		assertThat(this.editor.getAsText()).isEqualTo("1000");
	}

}
