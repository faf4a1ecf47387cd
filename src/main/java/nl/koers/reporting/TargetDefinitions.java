package nl.koers.reporting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The definition of a target's measure in words, next to every figure of it.
 */
@Component
class TargetDefinitions {

	private final MessageSource messages;

	TargetDefinitions(MessageSource messages) {
		this.messages = messages;
	}

	String of(Target target, Locale locale) {
		String route = target.route() == null ? "" : this.messages.getMessage("route." + target.route(), null, locale);
		return this.messages.getMessage("report.target.definition." + target.measure(),
				new Object[] { route, target.maxDays() }, locale);
	}

	String title(Target target, Locale locale) {
		String route = target.route() == null ? "" : this.messages.getMessage("route." + target.route(), null, locale);
		return this.messages.getMessage("report.target.measure." + target.measure(),
				new Object[] { route, target.maxDays() }, locale);
	}

}
