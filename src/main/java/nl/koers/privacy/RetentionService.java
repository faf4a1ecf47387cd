package nl.koers.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.privacy.RetentionPlan.PlannedClient;
import nl.koers.privacy.RetentionStore.KindCount;
import nl.koers.privacy.RetentionStore.RunRecord;
import nl.koers.privacy.RetentionStore.RunStart;
import nl.koers.privacy.api.AgedRecords;
import nl.koers.privacy.api.AgedRecords.Removal;
import nl.koers.privacy.api.ClientFiles;
import nl.koers.privacy.api.ClientFiles.ClosedFile;
import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.Erasure;
import nl.koers.privacy.api.RecordKind;
import nl.koers.system.DatabaseErrors;
import nl.koers.system.DutchTime;
import nl.koers.system.Open;
import nl.koers.system.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: for the clients whose file closed longer ago than a kind's period, erases
 * that kind's rows in every module (removed or anonymised, as each module says), one
 * transaction per client; when every period has passed the client itself becomes a stub.
 * Clients under a legal hold are skipped. Records kept by their own age (the access log)
 * go first, for every municipality at once: each municipality whose records went gets
 * them in its run record. The dry run is the same plan without the erasing. A run is
 * recorded without personal data: per kind the clients and rows.
 */
@Service
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionService {

	private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

	/**
	 * How many runs the page shows.
	 */
	static final int RUNS_SHOWN = 10;

	private final RetentionStore store;

	private final ClientFiles files;

	private final List<ClientRecords> records;

	private final List<AgedRecords> aged;

	private final RetentionSettings settings;

	private final PrivacyPolicy policy;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RetentionService(RetentionStore store, ClientFiles files, List<ClientRecords> records, List<AgedRecords> aged,
			RetentionSettings settings, PrivacyPolicy policy, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.files = files;
		this.records = records;
		this.aged = aged;
		this.settings = settings;
		this.policy = policy;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * The page of the data protection officer and the administrator: the periods, the dry
	 * run and the last runs of their municipality.
	 */
	public RetentionOverview overview(CurrentUser user) {
		this.policy.requireViewRetention(user);
		return new RetentionOverview(this.settings.periods(), tablesByKind(),
				this.transactions.execute((status) -> plan(user.municipalityId(), today())),
				this.store.lastRuns(user.municipalityId(), RUNS_SHOWN));
	}

	/**
	 * A run now, for the administrator's municipality. The aged records of other
	 * municipalities that go with it are recorded in a run of their own.
	 */
	public RunRecord runNow(CurrentUser user) {
		this.policy.requireRunRetention(user);
		Map<UUID, Map<RecordKind, KindCount>> removed = TenantScope
			.acrossMunicipalities("retention: the access log of every municipality", () -> removeAged(today()));
		UUID runId = run(user.municipalityId(), RunStart.ADMINISTRATOR,
				removed.getOrDefault(user.municipalityId(), Map.of()));
		TenantScope.acrossMunicipalities("retention: the runs of the other municipalities",
				() -> removed.forEach((municipalityId, kinds) -> {
					if (!municipalityId.equals(user.municipalityId())) {
						recordAgedOnly(municipalityId, RunStart.ADMINISTRATOR, kinds);
					}
				}));
		return this.store.lastRuns(user.municipalityId(), RUNS_SHOWN)
			.stream()
			.filter((run) -> run.id().equals(runId))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The daily run, for every municipality with closed files or aged records.
	 */
	@Open("the scheduled job runs it without a user; it erases only what the settings say has expired")
	public void runEverywhere() {
		Map<UUID, Map<RecordKind, KindCount>> removed = removeAged(today());
		Set<UUID> municipalities = new LinkedHashSet<>(this.files.municipalitiesWithClosedFiles());
		municipalities.addAll(removed.keySet());
		for (UUID municipalityId : municipalities) {
			run(municipalityId, RunStart.SCHEDULE, removed.getOrDefault(municipalityId, Map.of()));
		}
	}

	/**
	 * Removes the records kept by their own age whose period has passed, in every
	 * municipality; per municipality and kind what went. A kind that cannot be removed
	 * now (the database refused) stays for the next run.
	 */
	private Map<UUID, Map<RecordKind, KindCount>> removeAged(LocalDate today) {
		Map<UUID, Map<RecordKind, KindCount>> removed = new HashMap<>();
		for (AgedRecords records : this.aged) {
			try {
				records.remove(agedBefore(records.kind(), today))
					.forEach((municipalityId, removal) -> removed
						.computeIfAbsent(municipalityId, (m) -> new EnumMap<>(RecordKind.class))
						.put(records.kind(), count(removal)));
			}
			catch (DataAccessException ex) {
				log.warn("retention: {} not removed ({})", records.kind(), DatabaseErrors.describe(ex));
			}
		}
		return removed;
	}

	private void recordAgedOnly(UUID municipalityId, RunStart startedBy, Map<RecordKind, KindCount> kinds) {
		this.transactions.executeWithoutResult((status) -> {
			UUID runId = UUID.randomUUID();
			this.store.startRun(runId, municipalityId, this.clock.instant(), startedBy);
			this.store.finishRun(runId, this.clock.instant(), 0, 0, 0, kinds);
		});
	}

	/**
	 * The moment a kind kept by its own age reaches back to: the start of the day its
	 * period ago.
	 */
	private Instant agedBefore(RecordKind kind, LocalDate today) {
		return today.minus(this.settings.periods().get(kind)).atStartOfDay(DutchTime.ZONE).toInstant();
	}

	private static KindCount count(Removal removal) {
		return new KindCount(removal.clients(), removal.rows());
	}

	/**
	 * What a run would do today in the municipality.
	 */
	RetentionPlan plan(UUID municipalityId, LocalDate today) {
		Map<UUID, Set<RecordKind>> erased = this.store.erasedKinds(municipalityId);
		List<ClientTable> tables = tables();
		List<PlannedClient> clients = new ArrayList<>();
		Map<RecordKind, KindCount> kinds = new EnumMap<>(RecordKind.class);
		int held = 0;
		int complete = 0;
		for (ClosedFile file : this.files.closedOnOrBefore(municipalityId, today.minus(shortest()))) {
			Set<RecordKind> due = EnumSet.noneOf(RecordKind.class);
			for (RecordKind kind : RecordKind.values()) {
				if (kind.perClient() && this.settings.expired(kind, file.closedOn(), today)
						&& !erased.getOrDefault(file.clientId(), Set.of()).contains(kind)) {
					due.add(kind);
				}
			}
			if (due.isEmpty()) {
				continue;
			}
			boolean whole = this.settings.expired(RecordKind.FILE, file.closedOn(), today);
			Map<RecordKind, Integer> rows = new EnumMap<>(RecordKind.class);
			for (RecordKind kind : due) {
				rows.put(kind,
						tables.stream()
							.filter((table) -> table.kind() == kind)
							.mapToInt((table) -> this.store.count(table, file.clientId()))
							.sum());
			}
			clients.add(new PlannedClient(file.clientId(), file.closedOn(), due, rows, file.held(), whole));
			if (file.held()) {
				held++;
				continue;
			}
			if (whole) {
				complete++;
			}
			rows.forEach((kind, count) -> kinds.merge(kind, new KindCount(1, count),
					(a, b) -> new KindCount(a.clients() + b.clients(), a.rows() + b.rows())));
		}
		for (AgedRecords records : this.aged) {
			Removal removable = records.removable(agedBefore(records.kind(), today)).get(municipalityId);
			if (removable != null) {
				kinds.put(records.kind(), count(removable));
			}
		}
		return new RetentionPlan(today, clients, kinds, held, complete);
	}

	/**
	 * Runs retention in one municipality; the run's id. Each client is erased in a
	 * transaction of its own: a client that fails (a row another table still points at)
	 * stays as it was and is counted as failed.
	 */
	UUID run(UUID municipalityId, RunStart startedBy, Map<RecordKind, KindCount> agedRemoved) {
		UUID runId = UUID.randomUUID();
		LocalDate today = today();
		this.transactions.executeWithoutResult(
				(status) -> this.store.startRun(runId, municipalityId, this.clock.instant(), startedBy));
		RetentionPlan plan = this.transactions.execute((status) -> plan(municipalityId, today));
		List<ClientTable> ordered = RetentionStore.childrenFirst(tables(), this.store.parents());
		Map<RecordKind, KindCount> kinds = new EnumMap<>(RecordKind.class);
		kinds.putAll(agedRemoved);
		int erased = 0;
		int failed = 0;
		for (PlannedClient client : plan.clients()) {
			if (client.held()) {
				continue;
			}
			try {
				Map<RecordKind, Integer> rows = this.transactions
					.execute((status) -> erase(municipalityId, client, ordered, today, runId));
				rows.forEach((kind, count) -> kinds.merge(kind, new KindCount(1, count),
						(a, b) -> new KindCount(a.clients() + b.clients(), a.rows() + b.rows())));
				if (client.complete()) {
					erased++;
				}
			}
			catch (DataAccessException ex) {
				failed++;
				log.warn("retention run {}: a client could not be erased ({})", runId, DatabaseErrors.describe(ex));
			}
		}
		int done = erased;
		int refused = failed;
		this.transactions.executeWithoutResult(
				(status) -> this.store.finishRun(runId, this.clock.instant(), done, plan.held(), refused, kinds));
		log.info("retention run {}: {} client(s) erased completely, {} held, {} failed", runId, done, plan.held(),
				refused);
		return runId;
	}

	private Map<RecordKind, Integer> erase(UUID municipalityId, PlannedClient client, List<ClientTable> ordered,
			LocalDate today, UUID runId) {
		this.store.allowErasure();
		Map<RecordKind, Integer> rows = new EnumMap<>(RecordKind.class);
		for (ClientTable table : ordered) {
			if (client.kinds().contains(table.kind()) && table.erasure() != Erasure.KEEP) {
				rows.merge(table.kind(), this.store.erase(table, client.clientId()), Integer::sum);
			}
		}
		client.kinds().forEach((kind) -> rows.putIfAbsent(kind, 0));
		this.store.recordErased(client.clientId(), municipalityId, client.kinds(), today, runId);
		if (client.complete()) {
			this.files.markErased(client.clientId(), today);
		}
		return rows;
	}

	private List<ClientTable> tables() {
		return this.records.stream().flatMap((bean) -> bean.tables().stream()).toList();
	}

	private Map<RecordKind, List<ClientTable>> tablesByKind() {
		Map<RecordKind, List<ClientTable>> byKind = new EnumMap<>(RecordKind.class);
		tables().stream()
			.sorted(Comparator.comparing(ClientTable::name))
			.forEach((table) -> byKind.computeIfAbsent(table.kind(), (k) -> new ArrayList<>()).add(table));
		return byKind;
	}

	private java.time.Period shortest() {
		return this.settings.periods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().perClient())
			.map(Map.Entry::getValue)
			.min(Comparator.comparing((period) -> LocalDate.of(2000, 1, 1).plus(period)))
			.orElseThrow();
	}

	private LocalDate today() {
		return this.clock.instant().atZone(DutchTime.ZONE).toLocalDate();
	}

	/**
	 * The page: the periods, the tables of each kind, the dry run and the last runs.
	 */
	record RetentionOverview(Map<RecordKind, java.time.Period> periods, Map<RecordKind, List<ClientTable>> tables,
			RetentionPlan plan, List<RunRecord> runs) {

		public List<RecordKind> kinds() {
			return List.of(RecordKind.values());
		}

	}

}
