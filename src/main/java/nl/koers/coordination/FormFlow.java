package nl.koers.coordination;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting a coordination form: on success a redirect with a flash message; otherwise the
 * page again, with 400 for invalid input and 422 for a refusal.
 */
final class FormFlow {

	private FormFlow() {
	}

	static String submit(BindingResult errors, HttpServletResponse response, RedirectAttributes redirect,
			Runnable change, String flash, String target, Supplier<String> page) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:" + target;
			}
			catch (InvalidFieldException ex) {
				if (new BeanWrapperImpl(errors.getTarget()).isReadableProperty(ex.field())) {
					errors.rejectValue(ex.field(), ex.messageKey());
				}
				else {
					errors.reject(ex.messageKey());
				}
				status = ex instanceof RefusedException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
			}
		}
		response.setStatus(status.value());
		return page.get();
	}

}
