package nl.koers.dataimport;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.BenefitKind;
import nl.koers.client.api.ClientImports;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.ImportedPerson;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.client.api.PlausibleDates;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ImportedProfile;
import nl.koers.route.api.Routes;
import nl.koers.system.RefusedException;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;

/**
 * The second step of an import: the rows that passed the check, applied in batches on
 * behalf of the one who imported. A row whose content Koers applied before (the same
 * fingerprint) changes nothing; a new person becomes a client; a known one is brought in
 * line. What the other modules refuse for one row (a profile that does not fit the
 * client's history, benefit periods that do not fit Koers's) is recorded as that row's
 * problem; the rest of the batch is applied.
 */
class ImportApply implements ItemProcessor<RawPerson, ImportRow>, ItemWriter<ImportRow>, StepExecutionListener {

	private final ImportRunStore store;

	private final ImportRun run;

	private final CurrentUser importer;

	private final ClientImports clients;

	private final Routes routes;

	private final AccessLog accessLog;

	private final Clock clock;

	private final LocalDate today;

	private final PlausibleDates plausible;

	private Set<Long> refusedLines = Set.of();

	private final ImportMetrics metrics;

	ImportApply(ImportRunStore store, ImportRun run, CurrentUser importer, ClientImports clients, Routes routes,
			AccessLog accessLog, Clock clock, PlausibleDates plausible, ImportMetrics metrics) {
		this.plausible = plausible;
		this.store = store;
		this.metrics = metrics;
		this.run = run;
		this.importer = importer;
		this.clients = clients;
		this.routes = routes;
		this.accessLog = accessLog;
		this.clock = clock;
		this.today = LocalDate.now(clock);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.refusedLines = new HashSet<>(this.store.refusedLines(this.run.id()));
	}

	@Override
	public ImportRow process(RawPerson person) {
		if (this.refusedLines.contains(person.line())) {
			return null;
		}
		return RowCheck.check(person, this.today, this.plausible).row();
	}

	@Override
	public void write(Chunk<? extends ImportRow> chunk) {
		List<ImportRow> rows = new ArrayList<>(chunk.getItems());
		try {
			apply(rows);
		}
		catch (DataAccessException ex) {
			// the driver's message repeats the batch's values (BSNs, names): never into
			// the log
			throw new BatchFailed(rows.get(0).line(), rows.get(rows.size() - 1).line(), ex);
		}
	}

	private void apply(List<ImportRow> rows) {
		Map<String, ClientRef> known = this.clients.byBsn(this.importer.municipalityId(),
				rows.stream().map(ImportRow::bsn).toList());
		Map<UUID, byte[]> fingerprints = this.store.fingerprints(known.values().stream().map(ClientRef::id).toList());
		List<ImportRow> created = new ArrayList<>();
		Map<ImportRow, ClientRef> changed = new HashMap<>();
		Map<ImportRow, byte[]> prints = new HashMap<>();
		int unchanged = 0;
		for (ImportRow row : rows) {
			ClientRef client = known.get(row.bsn());
			byte[] print = row.fingerprint();
			prints.put(row, print);
			if (client == null) {
				created.add(row);
			}
			else if (Arrays.equals(fingerprints.get(client.id()), print)) {
				unchanged++;
			}
			else {
				changed.put(row, client);
			}
		}
		List<RowProblem> problems = new ArrayList<>();
		Map<ImportRow, ClientRef> registered = register(created);
		households(registered, problems);
		Map<ImportRow, ClientRef> applied = new HashMap<>(registered);
		changed.forEach((row, client) -> this.clients.update(this.importer, client, person(row))
			.ifPresentOrElse(reason -> problems.add(problem(row, reason)), () -> {
				applied.put(row, client);
				this.clients.replaceHousehold(this.importer, client, members(row))
					.ifPresent(reason -> problems.add(problem(row, reason)));
			}));
		profiles(applied, problems);
		Map<UUID, byte[]> done = new HashMap<>();
		applied.forEach((row, client) -> done.put(client.id(), prints.get(row)));
		this.store.saveFingerprints(done);
		if (!problems.isEmpty()) {
			this.store.addProblems(this.run.id(), problems);
		}
		this.store.countApplied(this.run.id(), created.size(), applied.size() - created.size(), unchanged,
				this.clock.instant());
		this.metrics.applied(created.size(), applied.size() - created.size(), unchanged);
		if (!done.isEmpty()) {
			this.accessLog.record(this.importer, AccessAction.IMPORT, done.keySet());
		}
	}

	private Map<ImportRow, ClientRef> register(List<ImportRow> rows) {
		List<ClientRef> refs = this.clients.register(this.importer, rows.stream().map(ImportApply::person).toList());
		Map<ImportRow, ClientRef> registered = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			registered.put(rows.get(i), refs.get(i));
		}
		return registered;
	}

	private void households(Map<ImportRow, ClientRef> registered, List<RowProblem> problems) {
		Map<ClientRef, List<HouseholdMember>> households = new HashMap<>();
		Map<UUID, ImportRow> rowOf = new HashMap<>();
		registered.forEach((row, client) -> {
			households.put(client, members(row));
			rowOf.put(client.id(), row);
		});
		this.clients.registerHouseholds(this.importer, households)
			.forEach((clientId, reason) -> problems.add(problem(rowOf.get(clientId), reason)));
	}

	private void profiles(Map<ImportRow, ClientRef> applied, List<RowProblem> problems) {
		List<ImportedProfile> profiles = new ArrayList<>();
		Map<UUID, ImportRow> rowOf = new HashMap<>();
		applied.forEach((row, client) -> {
			if (row.profile() != null) {
				ImportRow.Benefit ended = benefitEnded(row);
				profiles.add(new ImportedProfile(client, row.profile().profile(), row.profile().effectiveDate(),
						ended == null ? null : ended.end(), ended == null ? null : ended.endReason()));
				rowOf.put(client.id(), row);
			}
		});
		this.routes.importProfiles(this.importer, profiles)
			.forEach((clientId, reason) -> problems
				.add(RowProblem.of(rowOf.get(clientId).line(), "profile.effectiveDate",
						rowOf.get(clientId).profile().effectiveDate().toString(), reason.messageKey())));
	}

	/**
	 * The benefit that ended last, when none runs: the client left benefit then.
	 */
	private static ImportRow.Benefit benefitEnded(ImportRow row) {
		if (row.benefits().stream().anyMatch(benefit -> benefit.end() == null)) {
			return null;
		}
		return row.benefits()
			.stream()
			.filter(benefit -> benefit.kind() != BenefitCode.NONE)
			.max(Comparator.comparing(ImportRow.Benefit::end))
			.orElse(null);
	}

	private static RowProblem problem(ImportRow row, RefusedException.Reason reason) {
		String field = reason.field() == null ? "line" : reason.field().replaceFirst("^members", "household");
		return RowProblem.of(row.line(), field, null, reason.messageKey());
	}

	private static List<HouseholdMember> members(ImportRow row) {
		return row.household()
			.stream()
			.map(member -> new HouseholdMember(member.relation(), member.givenName(), null, member.familyName(),
					member.dateOfBirth(), member.bsn()))
			.toList();
	}

	/**
	 * A batch could not be written; names its lines and the database's error class, no
	 * values. The batch is rolled back and the import stops; it continues with this batch
	 * when it is run again.
	 */
	static final class BatchFailed extends RuntimeException {

		BatchFailed(long firstLine, long lastLine, DataAccessException cause) {
			super("lines " + firstLine + "-" + lastLine + " could not be written: " + cause.getClass().getSimpleName()
					+ sqlState(cause));
		}

		private static String sqlState(DataAccessException cause) {
			return cause.getMostSpecificCause() instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")"
					: "";
		}

	}

	static ImportedPerson person(ImportRow row) {
		List<ImportedPerson.ImportedBenefit> benefits = row.benefits()
			.stream()
			.filter(benefit -> benefit.kind() != BenefitCode.NONE)
			.map(benefit -> new ImportedPerson.ImportedBenefit(BenefitKind.valueOf(benefit.kind().name()),
					benefit.start(), benefit.end(), benefit.endReason()))
			.toList();
		boolean without = row.benefits()
			.stream()
			.anyMatch(benefit -> benefit.kind() == BenefitCode.NONE && benefit.end() == null);
		ImportRow.Address address = row.address();
		return new ImportedPerson(row.bsn(), row.givenName(), row.namePrefix(), row.familyName(), row.dateOfBirth(),
				address.street(), address.houseNumber(), address.postalCode(), address.city(), benefits,
				without ? NonBenefitGroup.NUG : null);
	}

}
