package nl.koers.system.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.system.RefusedException.Reason;
import nl.koers.system.web.ReasonTexts.Refusal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one way a page posts: bind and validate, call the service, and then either redirect
 * with a message (post/redirect/get) or show the same page again with every reason the
 * step was refused, next to its field where the form has one, with the status that says
 * why (400 invalid input, 409 a conflict, 422 refused by a rule). Anything else is not
 * the user's doing and goes on to the error page.
 *
 * <p>
 * Reasons without a field of the form are its global errors
 * ({@code fragments/forms :: globalErrors}); a step without a form (a button) puts their
 * texts in the request attribute {@value #PROBLEMS}
 * ({@code fragments/forms :: problems}).
 */
@Component
public class FormFlow {

	/**
	 * The request attribute with the texts of a refusal that no form field shows.
	 */
	public static final String PROBLEMS = "problems";

	/**
	 * The flash attribute with the message key of a step that succeeded.
	 */
	public static final String FLASH = "flash";

	private final ReasonTexts texts;

	FormFlow(ReasonTexts texts) {
		this.texts = texts;
	}

	/**
	 * Posts a form: on success a redirect to {@code target} with the message
	 * {@code flash}; otherwise {@code form} again.
	 */
	public String submit(BindingResult errors, Runnable step, String flash, String target, Supplier<String> form) {
		return submit(errors, () -> {
			step.run();
			return target;
		}, flash, Function.identity(), form);
	}

	/**
	 * Posts a form whose target depends on what the step returns (such as a new record's
	 * page).
	 */
	public <T> String submit(BindingResult errors, Supplier<T> step, String flash, Function<T, String> target,
			Supplier<String> form) {
		if (errors.hasErrors()) {
			status(HttpStatus.BAD_REQUEST);
			request().setAttribute(FormErrorsKept.ERRORS, errors);
			return form.get();
		}
		try {
			T result = step.get();
			flash(flash);
			return "redirect:" + target.apply(result);
		}
		catch (RuntimeException ex) {
			Refusal refusal = ReasonTexts.refusal(ex).orElseThrow(() -> ex);
			reject(errors, refusal.reasons());
			status(refusal.status());
			request().setAttribute(FormErrorsKept.ERRORS, errors);
			return form.get();
		}
	}

	/**
	 * Posts a small form that is part of a larger page (a step's few fields, a payment)
	 * and has no place for reasons of its own: on failure the page again with every
	 * reason, field errors included, listed in {@value #PROBLEMS}.
	 */
	public String submitListed(BindingResult errors, Runnable step, String flash, String target,
			Supplier<String> page) {
		return submit(errors, step, flash, target, () -> {
			request().setAttribute(PROBLEMS, errors.getAllErrors().stream().map(this.texts::text).toList());
			return page.get();
		});
	}

	/**
	 * Takes a step without a form (a button): on success a redirect to {@code target}
	 * with the message {@code flash}; otherwise {@code page} again with the reasons.
	 */
	public String act(Runnable step, String flash, String target, Supplier<String> page) {
		return act(() -> {
			step.run();
			return target;
		}, flash, result -> result, page);
	}

	/**
	 * Takes a step without a form whose target depends on what the step returns (such as
	 * the page of what it made).
	 */
	public <T> String act(Supplier<T> step, String flash, Function<T, String> target, Supplier<String> page) {
		try {
			T result = step.get();
			flash(flash);
			return "redirect:" + target.apply(result);
		}
		catch (RuntimeException ex) {
			Refusal refusal = ReasonTexts.refusal(ex).orElseThrow(() -> ex);
			request().setAttribute(PROBLEMS, this.texts.texts(refusal.reasons()));
			status(refusal.status());
			return page.get();
		}
	}

	private void reject(BindingResult errors, List<Reason> reasons) {
		for (Reason reason : reasons) {
			String text = this.texts.text(reason);
			if (!rejectField(errors, reason, text)) {
				errors.reject(reason.messageKey(), reason.args(), text);
			}
		}
	}

	/**
	 * Puts the reason at its field when the form has it; the API names an entry of a map
	 * with a dot ({@code scores.WORK}) where a form binds {@code scores[WORK]}.
	 */
	private static boolean rejectField(BindingResult errors, Reason reason, String text) {
		if (reason.field() == null || errors.getTarget() == null) {
			return false;
		}
		String entry = reason.field().replaceFirst("^(\\w+)\\.(\\w+)$", "$1[$2]");
		for (String field : entry.equals(reason.field()) ? List.of(entry) : List.of(entry, reason.field())) {
			try {
				errors.rejectValue(field, reason.messageKey(), reason.args(), text);
				return true;
			}
			catch (InvalidPropertyException ex) {
				// not a field of this form: try the next spelling, else a global error
			}
		}
		return false;
	}

	private static void flash(String messageKey) {
		RequestContextUtils.getOutputFlashMap(request()).put(FLASH, messageKey);
	}

	private static void status(HttpStatus status) {
		HttpServletResponse response = attributes().getResponse();
		if (response != null) {
			response.setStatus(status.value());
		}
	}

	private static HttpServletRequest request() {
		return attributes().getRequest();
	}

	private static ServletRequestAttributes attributes() {
		return (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
	}

}
