package nl.koers.system.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.system.RefusedException.Reason;
import nl.koers.system.web.ReasonTexts.Refusal;

import org.springframework.beans.BeanWrapperImpl;
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
			return form.get();
		}
	}

	/**
	 * Takes a step without a form (a button): on success a redirect to {@code target}
	 * with the message {@code flash}; otherwise {@code page} again with the reasons.
	 */
	public String act(Runnable step, String flash, String target, Supplier<String> page) {
		try {
			step.run();
			flash(flash);
			return "redirect:" + target;
		}
		catch (RuntimeException ex) {
			Refusal refusal = ReasonTexts.refusal(ex).orElseThrow(() -> ex);
			request().setAttribute(PROBLEMS, this.texts.texts(refusal.reasons()));
			status(refusal.status());
			return page.get();
		}
	}

	private void reject(BindingResult errors, List<Reason> reasons) {
		BeanWrapperImpl form = errors.getTarget() != null ? new BeanWrapperImpl(errors.getTarget()) : null;
		for (Reason reason : reasons) {
			String text = this.texts.text(reason);
			if (reason.field() != null && form != null && form.isReadableProperty(reason.field())) {
				errors.rejectValue(reason.field(), reason.messageKey(), reason.args(), text);
			}
			else {
				errors.reject(reason.messageKey(), reason.args(), text);
			}
		}
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
