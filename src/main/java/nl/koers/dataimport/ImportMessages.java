package nl.koers.dataimport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of a row's problem in the reader's language, for the API, the page and the CSV
 * report alike.
 */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	String problem(RowProblem problem) {
		Object[] arguments = problem.argument() == null ? new Object[0] : new Object[] { problem.argument() };
		// a reason from another module's rule (applying a row) is that module's message
		// key
		String key = problem.reason().contains(".") ? problem.reason() : "import.problem." + problem.reason();
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	String failure(ImportRun run) {
		return run.failure() == null ? null
				: this.messages.getMessage("import.failure." + run.failure(), null, LocaleContextHolder.getLocale());
	}

}
