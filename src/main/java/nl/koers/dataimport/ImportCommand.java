package nl.koers.dataimport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The import from the command line, next to the page and the API:
 * {@code java -jar koers.jar import FILE --municipality=CODE --user=USERNAME
 * [--format=CSV|NDJSON] [--dry-run]}. The user must be an administrator of that
 * municipality; the job runs in this process and the report is printed. Exit code 0 when
 * the run finished, 1 when it failed or was refused, 2 for wrong arguments.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = "usage: java -jar koers.jar import FILE --municipality=CODE --user=USERNAME "
			+ "[--format=CSV|NDJSON] [--dry-run]";

	private final ImportService imports;

	private final ImportLauncher launcher;

	private final ImportMessages messages;

	private final Accounts accounts;

	private final PrintStream out;

	private int exitCode;

	ImportCommand(ImportService imports, ImportLauncher launcher, ImportMessages messages, Accounts accounts) {
		this.imports = imports;
		this.launcher = launcher;
		this.messages = messages;
		this.accounts = accounts;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !"import".equals(words.get(0))) {
			return;
		}
		Optional<String> municipality = option(args, "municipality");
		Optional<String> username = option(args, "user");
		if (words.size() != 2 || municipality.isEmpty() || username.isEmpty()) {
			fail(2, USAGE);
			return;
		}
		Optional<CurrentUser> user = username.flatMap(this.accounts::findUser)
			.filter(found -> municipality.flatMap(this.accounts::findMunicipality)
				.filter(id -> id.equals(found.municipalityId()))
				.isPresent());
		if (user.isEmpty()) {
			fail(1, "No user " + username.get() + " in municipality " + municipality.get() + ".");
			return;
		}
		Path file = Path.of(words.get(1));
		ImportFormat format = option(args, "format").map(ImportFormat::valueOf)
			.orElse(file.toString().endsWith(".csv") ? ImportFormat.CSV : ImportFormat.NDJSON);
		run(user.get(), new ImportUpload(file.getFileName().toString(), format, Files.readAllBytes(file),
				args.containsOption("dry-run")));
	}

	private void run(CurrentUser user, ImportUpload upload) {
		ImportRun run;
		try {
			run = this.imports.take(user, upload);
		}
		catch (AccessDeniedException ex) {
			fail(1, "Only an administrator of the municipality imports.");
			return;
		}
		catch (InvalidFieldException ex) {
			fail(1, "The file is refused: " + ex.reasons().get(0).messageKey());
			return;
		}
		this.launcher.run(run.id());
		ImportRun done = this.imports.find(user, run.id());
		this.out.printf("Import %s: %s%s, %d rows, %d refused, %d new, %d changed, %d unchanged%n", done.id(),
				done.status(), done.dryRun() ? " (dry run)" : "", done.rowsRead(), done.rowsRefused(),
				done.rowsCreated(), done.rowsUpdated(), done.rowsUnchanged());
		if (done.failure() != null) {
			this.out.println(this.messages.failure(done));
		}
		for (RowProblem problem : this.imports.problems(user, run.id())) {
			this.out.printf("line %d, %s, %s: %s%n", problem.line(), problem.field(),
					problem.shown() == null ? "" : problem.shown(), this.messages.problem(problem));
		}
		this.exitCode = done.status() == ImportRun.Status.DONE ? 0 : 1;
	}

	private void fail(int code, String message) {
		this.out.println(message);
		this.exitCode = code;
	}

	private static Optional<String> option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
