package nl.koers.trajectory;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form flow of the contract and trajectory pages: a step posts, and the page comes
 * back with a notice, or with every reason the step was refused in the user's language.
 */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs the step unless the form is invalid; on success flashes the notice and returns
	 * {@code done}, else flashes the reasons and returns {@code back}.
	 */
	<T> String attempt(BindingResult errors, RedirectAttributes redirect, String notice, Supplier<T> step, String done,
			String back) {
		if (errors != null && errors.hasErrors()) {
			redirect.addFlashAttribute("problems",
					errors.getAllErrors().stream().map(error -> this.messages.getMessage(error, locale())).toList());
			return back;
		}
		try {
			step.get();
			redirect.addFlashAttribute("flash", notice);
			return done;
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problems", texts(ex));
			return back;
		}
	}

	/**
	 * The reasons of a refused, invalid or conflicting step; anything else is not the
	 * user's doing and goes on to the error page.
	 */
	List<String> texts(RuntimeException ex) {
		if (ex instanceof RefusedException refused) {
			return refused.reasons()
				.stream()
				.map(reason -> this.messages.getMessage(reason.messageKey(), reason.args(), locale()))
				.toList();
		}
		if (ex instanceof InvalidFieldException invalid) {
			return List.of(this.messages.getMessage(invalid.messageKey(), null, locale()));
		}
		if (ex instanceof ConflictException conflict) {
			return List.of(this.messages.getMessage(conflict.messageKey(), null, locale()));
		}
		throw ex;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
