package nl.koers.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one place where a step the user may correct (invalid input, a refusal by rules, a
 * conflict with stored data) becomes a status and reasons, and reasons become text in the
 * caller's language. The API's problem details and the UI's form flow both use it.
 */
@Component
public class ReasonTexts {

	private final MessageSource messages;

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The status and reasons of a step the user can correct, or empty when the failure is
	 * not the user's doing (and goes on to the error handling).
	 */
	public static Optional<Refusal> refusal(RuntimeException ex) {
		if (ex instanceof RefusedException refused) {
			return Optional.of(new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, refused.reasons()));
		}
		if (ex instanceof InvalidFieldException invalid) {
			return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, invalid.reasons()));
		}
		if (ex instanceof ConflictException conflict) {
			return Optional.of(new Refusal(HttpStatus.CONFLICT, List.of(new Reason(null, conflict.messageKey()))));
		}
		return Optional.empty();
	}

	/**
	 * One reason in the caller's language; an unknown key is shown as itself.
	 */
	public String text(Reason reason) {
		return this.messages.getMessage(reason.messageKey(), reason.args(), reason.messageKey(), locale());
	}

	public List<String> texts(List<Reason> reasons) {
		return reasons.stream().map(this::text).toList();
	}

	/**
	 * A binding or validation error of a form in the caller's language.
	 */
	public String text(MessageSourceResolvable error) {
		return this.messages.getMessage(error, locale());
	}

	/**
	 * A message key without arguments in the caller's language.
	 */
	public String text(String messageKey) {
		return this.messages.getMessage(messageKey, null, messageKey, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * A refused step: the status it answers with and every reason.
	 */
	public record Refusal(HttpStatus status, List<Reason> reasons) {
	}

}
