package nl.koers.system.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Amounts in UI forms as Dutch users type them: "546.940,00" and "546940,00" as well as
 * "546940.00". With a comma, the comma separates the cents and points group the
 * thousands; without one, the value is read as it stands. JSON bodies are not affected.
 */
@ControllerAdvice(annotations = Controller.class)
class DutchDecimals {

	@InitBinder
	void decimals(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
	}

	static final class DecimalEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!StringUtils.hasText(text)) {
				setValue(null);
				return;
			}
			String value = text.strip().replace(" ", "").replace("€", "");
			if (value.contains(",")) {
				value = value.replace(".", "").replace(',', '.');
			}
			try {
				setValue(new BigDecimal(value));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not an amount: " + text, ex);
			}
		}

		@Override
		public String getAsText() {
			return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString();
		}

	}

}
