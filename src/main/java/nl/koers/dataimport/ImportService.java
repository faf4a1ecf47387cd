package nl.koers.dataimport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes files in for import, checks them as a whole before anything else (size, encoding,
 * separator, header), keeps them with their run, and starts the job once the run is
 * committed. Only the municipality's administrator or one of its systems imports; every
 * upload is in the access log.
 */
@Service
class ImportService {

	static final int PROBLEMS_SHOWN = 500;

	private final ImportRunStore store;

	private final ImportPolicy policy;

	private final ImportLauncher launcher;

	private final ImportSettings settings;

	private final AccessLog accessLog;

	private final Clock clock;

	ImportService(ImportRunStore store, ImportPolicy policy, ImportLauncher launcher, ImportSettings settings,
			AccessLog accessLog, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.launcher = launcher;
		this.settings = settings;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Accepts a file and starts its run.
	 * @throws RefusedException (422) when the file is too large or cannot be read as a
	 * whole
	 */
	@Transactional
	ImportRun upload(CurrentUser user, ImportUpload upload) {
		ImportRun run = take(user, upload);
		startAfterCommit(run.id());
		return run;
	}

	/**
	 * Accepts a file and keeps its run without starting it, for the command line, which
	 * runs the job itself.
	 */
	@Transactional
	ImportRun take(CurrentUser user, ImportUpload upload) {
		this.policy.requireImport(user);
		if (upload.content().length > this.settings.maxFileBytes()) {
			throw new RefusedException(
					List.of(new RefusedException.Reason("file", "import.file.tooLarge", this.settings.maxFileBytes())));
		}
		try {
			ImportFile.of(upload.content(), upload.format());
		}
		catch (ImportFile.FileRefused refused) {
			throw new RefusedException(List.of(new RefusedException.Reason("file", "import.file." + refused.reason(),
					refused.arguments().toArray())));
		}
		UUID id = this.store.insert(user, upload, sha256(upload.content()), this.clock.instant());
		this.accessLog.recordLookup(user, AccessAction.IMPORT, null, purpose(id, upload));
		return this.store.find(id).orElseThrow();
	}

	/**
	 * Imports the file of a finished dry run: a new run, so that the dry run's report
	 * stays as it was.
	 */
	@Transactional
	ImportRun applyChecked(CurrentUser user, UUID dryRunId) {
		ImportRun checked = find(user, dryRunId);
		if (!checked.dryRun() || checked.status() != ImportRun.Status.DONE) {
			throw new RefusedException("id", "import.apply.notChecked");
		}
		byte[] content = this.store.content(dryRunId)
			.orElseThrow(() -> new RefusedException("id", "import.file.cleared"));
		return upload(user, new ImportUpload(checked.fileName(), checked.format(), content, false));
	}

	/**
	 * Runs a failed import again: it continues after the last batch it committed.
	 */
	@Transactional
	ImportRun resume(CurrentUser user, UUID id) {
		ImportRun run = find(user, id);
		if (!run.fileKept()) {
			throw new RefusedException("id", "import.file.cleared");
		}
		if (!"error".equals(run.failure()) || !this.store.resume(id, this.clock.instant())) {
			throw new RefusedException("id", "import.resume.notFailed");
		}
		startAfterCommit(id);
		return this.store.find(id).orElseThrow();
	}

	/**
	 * Today, for the sample file's dates.
	 */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void startAfterCommit(UUID id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ImportService.this.launcher.start(id);
			}
		});
	}

	@Transactional(readOnly = true)
	ImportRun find(CurrentUser user, UUID id) {
		this.policy.requireImport(user);
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("import"));
	}

	@Transactional(readOnly = true)
	List<ImportRun> latest(CurrentUser user) {
		this.policy.requireImport(user);
		return this.store.latest(user.municipalityId(), 50);
	}

	/**
	 * The run's problems in file order, at most {@link #PROBLEMS_SHOWN}.
	 */
	@Transactional(readOnly = true)
	List<RowProblem> problems(CurrentUser user, UUID id) {
		find(user, id);
		return this.store.problems(id, PROBLEMS_SHOWN);
	}

	private static String purpose(UUID id, ImportUpload upload) {
		return "import " + id + (upload.dryRun() ? " (proef)" : "") + ", " + upload.content().length + " bytes";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
