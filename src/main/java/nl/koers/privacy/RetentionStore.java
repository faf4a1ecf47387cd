package nl.koers.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.Erasure;
import nl.koers.privacy.api.RecordKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of retention: counting and erasing a client's rows in the tables the modules
 * name (their own conditions, with the client's id as the one parameter), which kinds of
 * a client have been erased, and the record of the runs.
 */
@Repository
class RetentionStore {

	private final JdbcClient jdbc;

	RetentionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows of the client this erasure would change (none for a kept table).
	 */
	int count(ClientTable table, UUID clientId) {
		if (table.erasure() == Erasure.KEEP) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from " + table.name() + " where " + table.clientFilter())
			.param(clientId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Says, for this transaction only, that the erasure may pass the append-only triggers
	 * (they check it, V63); it ends with the transaction.
	 */
	void allowErasure() {
		this.jdbc.sql("select set_config('koers.erasure', 'on', true)").query().singleValue();
	}

	/**
	 * Erases the client's rows of the table; the number of rows removed or anonymised.
	 */
	int erase(ClientTable table, UUID clientId) {
		return switch (table.erasure()) {
			case DELETE -> this.jdbc.sql("delete from " + table.name() + " where " + table.clientFilter())
				.param(clientId)
				.update();
			case ANONYMISE -> this.jdbc.sql("update " + table.name() + " set "
					+ String.join(", ", table.clearedColumns().stream().map((c) -> c + " = null").toList()) + " where "
					+ table.clientFilter())
				.param(clientId)
				.update();
			case KEEP -> 0;
		};
	}

	/**
	 * The foreign keys between the tables, as (child, parent) pairs: a child's rows are
	 * erased before its parent's.
	 */
	Map<String, Set<String>> parents() {
		Map<String, Set<String>> parents = new HashMap<>();
		this.jdbc.sql("""
				select child.relname as child, parent.relname as parent from pg_constraint k
				join pg_class child on child.oid = k.conrelid
				join pg_class parent on parent.oid = k.confrelid
				where k.contype = 'f' and child.relnamespace = current_schema()::regnamespace
				  and not child.relispartition and child.oid <> parent.oid""")
			.query((rs, n) -> parents.computeIfAbsent(rs.getString("child"), (c) -> new HashSet<>())
				.add(rs.getString("parent")))
			.list();
		return parents;
	}

	/**
	 * The kinds already erased of each client of the municipality.
	 */
	Map<UUID, Set<RecordKind>> erasedKinds(UUID municipalityId) {
		Map<UUID, Set<RecordKind>> erased = new HashMap<>();
		this.jdbc.sql("select client_id, kind from retention_erasure where municipality_id = ?")
			.param(municipalityId)
			.query((rs, n) -> erased
				.computeIfAbsent(rs.getObject("client_id", UUID.class), (c) -> EnumSet.noneOf(RecordKind.class))
				.add(RecordKind.valueOf(rs.getString("kind"))))
			.list();
		return erased;
	}

	void recordErased(UUID clientId, UUID municipalityId, Set<RecordKind> kinds, LocalDate on, UUID runId) {
		for (RecordKind kind : kinds) {
			this.jdbc
				.sql("insert into retention_erasure (client_id, municipality_id, kind, erased_on, run_id) "
						+ "values (?, ?, ?, ?, ?) on conflict (client_id, kind) do nothing")
				.params(clientId, municipalityId, kind.name(), on, runId)
				.update();
		}
	}

	void startRun(UUID runId, UUID municipalityId, Instant at, RunStart startedBy) {
		this.jdbc.sql("insert into retention_run (id, municipality_id, started_at, started_by) values (?, ?, ?, ?)")
			.params(runId, municipalityId, Timestamp.from(at), startedBy.name())
			.update();
	}

	void finishRun(UUID runId, Instant at, int erased, int held, int failed, Map<RecordKind, KindCount> kinds) {
		this.jdbc
			.sql("update retention_run set finished_at = ?, clients_erased = ?, clients_held = ?, clients_failed = ? "
					+ "where id = ?")
			.params(Timestamp.from(at), erased, held, failed, runId)
			.update();
		for (Map.Entry<RecordKind, KindCount> kind : kinds.entrySet()) {
			this.jdbc.sql("insert into retention_run_kind (run_id, kind, clients, rows) values (?, ?, ?, ?)")
				.params(runId, kind.getKey().name(), kind.getValue().clients(), kind.getValue().rows())
				.update();
		}
	}

	/**
	 * The municipality's last runs, newest first, with what each erased per kind.
	 */
	List<RunRecord> lastRuns(UUID municipalityId, int limit) {
		List<RunRecord> runs = this.jdbc.sql("""
				select id, started_at, finished_at, started_by, clients_erased, clients_held, clients_failed
				from retention_run where municipality_id = ? order by started_at desc, id desc limit ?""")
			.params(municipalityId, limit)
			.query((rs, n) -> {
				Timestamp finished = rs.getTimestamp("finished_at");
				return new RunRecord(rs.getObject("id", UUID.class), rs.getTimestamp("started_at").toInstant(),
						finished == null ? null : finished.toInstant(), RunStart.valueOf(rs.getString("started_by")),
						rs.getInt("clients_erased"), rs.getInt("clients_held"), rs.getInt("clients_failed"),
						new EnumMap<>(RecordKind.class));
			})
			.list();
		if (runs.isEmpty()) {
			return runs;
		}
		Map<UUID, RunRecord> byId = new HashMap<>();
		runs.forEach((run) -> byId.put(run.id(), run));
		this.jdbc.sql("select run_id, kind, clients, rows from retention_run_kind where run_id = any(?)")
			.param(runs.stream().map(RunRecord::id).toArray(UUID[]::new))
			.query((rs, n) -> byId.get(rs.getObject("run_id", UUID.class))
				.kinds()
				.put(RecordKind.valueOf(rs.getString("kind")), new KindCount(rs.getInt("clients"), rs.getInt("rows"))))
			.list();
		return new ArrayList<>(runs);
	}

	/**
	 * Orders the tables so that a child comes before every parent it references; the
	 * modules' own order otherwise.
	 */
	static List<ClientTable> childrenFirst(List<ClientTable> tables, Map<String, Set<String>> parents) {
		List<ClientTable> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		List<ClientTable> waiting = new ArrayList<>(tables);
		while (!waiting.isEmpty()) {
			ClientTable next = waiting.stream()
				.filter((table) -> waiting.stream()
					.noneMatch((other) -> other != table && !placed.contains(other.name())
							&& parents.getOrDefault(other.name(), Set.of()).contains(table.name())))
				.findFirst()
				.orElse(waiting.get(0));
			ordered.add(next);
			placed.add(next.name());
			waiting.remove(next);
		}
		return ordered;
	}

	/**
	 * Who started a run.
	 */
	enum RunStart {

		SCHEDULE, ADMINISTRATOR

	}

	/**
	 * How many clients and rows of a kind.
	 */
	record KindCount(int clients, int rows) {

		KindCount plus(int rows) {
			return new KindCount(this.clients + 1, this.rows + rows);
		}

	}

	/**
	 * A run as recorded: when, who started it, how many clients were erased, held back
	 * and failed, and per kind the clients and rows.
	 */
	record RunRecord(UUID id, Instant startedAt, Instant finishedAt, RunStart startedBy, int clientsErased,
			int clientsHeld, int clientsFailed, Map<RecordKind, KindCount> kinds) {
	}

}
