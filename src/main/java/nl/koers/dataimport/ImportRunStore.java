package nl.koers.dataimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import runs, their problems and the fingerprints of applied rows, in plain SQL. Every
 * lookup a user makes is bound to a municipality.
 */
@Repository
class ImportRunStore {

	private static final String RUN = "select id, municipality_id, format, file_name, file_size, dry_run, status, "
			+ "failure, rows_read, rows_refused, rows_created, rows_updated, rows_unchanged, created_by, created_by_name, "
			+ "created_at, finished_at, file_cleared_at from import_run ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportRunStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	UUID insert(CurrentUser user, ImportUpload upload, String sha256, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into import_run (id, municipality_id, format, file_name, file_size, file_sha256, content, "
					+ "dry_run, status, created_by, created_by_name, created_at, heartbeat_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?)")
			.params(id, user.municipalityId(), upload.format().name(), upload.fileName(), upload.content().length,
					sha256, upload.content(), upload.dryRun(), user.id(), user.displayName(), Timestamp.from(now),
					Timestamp.from(now))
			.update();
		return id;
	}

	Optional<ImportRun> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(RUN + "where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(ImportRunStore::run)
			.optional();
	}

	Optional<ImportRun> find(UUID id) {
		return this.jdbc.sql(RUN + "where id = ?").params(id).query(ImportRunStore::run).optional();
	}

	List<ImportRun> latest(UUID municipalityId, int limit) {
		return this.jdbc.sql(RUN + "where municipality_id = ? order by created_at desc, id limit ?")
			.params(municipalityId, limit)
			.query(ImportRunStore::run)
			.list();
	}

	/**
	 * Running imports whose node stopped touching them before the given moment.
	 */
	List<UUID> stalled(Instant before) {
		return this.jdbc
			.sql("select id from import_run where status = 'RUNNING' and heartbeat_at < ? order by created_at")
			.params(Timestamp.from(before))
			.query(UUID.class)
			.list();
	}

	/**
	 * Takes a stalled run over; false when another node was first.
	 */
	boolean claim(UUID runId, Instant stalledBefore, Instant now) {
		return this.jdbc
			.sql("update import_run set heartbeat_at = ? where id = ? and status = 'RUNNING' and heartbeat_at < ?")
			.params(Timestamp.from(now), runId, Timestamp.from(stalledBefore))
			.update() == 1;
	}

	/**
	 * The run's file; empty when it has been cleared.
	 */
	Optional<byte[]> content(UUID id) {
		return this.jdbc.sql("select content from import_run where id = ? and content is not null")
			.params(id)
			.query(byte[].class)
			.optional();
	}

	/**
	 * Clears the files of the runs that finished before the moment; how many.
	 */
	int clearFiles(Instant finishedBefore, Instant now) {
		return this.jdbc.sql("""
				update import_run set content = null, file_cleared_at = ?
				where content is not null and status <> 'RUNNING' and finished_at < ?""")
			.params(Timestamp.from(now), Timestamp.from(finishedBefore))
			.update();
	}

	List<RowProblem> problems(UUID runId, int limit) {
		return this.jdbc
			.sql("select line, field, shown, reason, argument from import_problem where run_id = ? "
					+ "order by line, field, reason limit ?")
			.params(runId, limit)
			.query((rs, row) -> new RowProblem(rs.getLong("line"), rs.getString("field"), rs.getString("shown"),
					rs.getString("reason"), rs.getString("argument")))
			.list();
	}

	List<Long> refusedLines(UUID runId) {
		return this.jdbc.sql("select distinct line from import_problem where run_id = ? and line > 0 order by line")
			.params(runId)
			.query(Long.class)
			.list();
	}

	void clearProblems(UUID runId) {
		this.jdbc.sql("delete from import_problem where run_id = ?").params(runId).update();
		this.jdbc.sql("update import_run set rows_read = 0, rows_refused = 0 where id = ?").params(runId).update();
	}

	void addProblems(UUID runId, List<RowProblem> problems) {
		this.template.batchUpdate(
				"insert into import_problem (run_id, line, field, shown, reason, argument) values (?, ?, ?, ?, ?, ?) "
						+ "on conflict do nothing",
				problems, problems.size(), (statement, problem) -> {
					statement.setObject(1, runId);
					statement.setLong(2, problem.line());
					statement.setString(3, problem.field());
					statement.setString(4, problem.shown());
					statement.setString(5, problem.reason());
					statement.setString(6, problem.argument());
				});
	}

	void countChecked(UUID runId, int read, int refused, Instant now) {
		this.jdbc
			.sql("update import_run set rows_read = rows_read + ?, rows_refused = rows_refused + ?, heartbeat_at = ? "
					+ "where id = ?")
			.params(read, refused, Timestamp.from(now), runId)
			.update();
	}

	void countApplied(UUID runId, int created, int updated, int unchanged, Instant now) {
		this.jdbc
			.sql("update import_run set rows_created = rows_created + ?, rows_updated = rows_updated + ?, "
					+ "rows_unchanged = rows_unchanged + ?, heartbeat_at = ? where id = ?")
			.params(created, updated, unchanged, Timestamp.from(now), runId)
			.update();
	}

	Map<UUID, byte[]> fingerprints(Collection<UUID> clientIds) {
		Map<UUID, byte[]> found = new HashMap<>();
		if (clientIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select client_id, fingerprint from import_fingerprint where client_id = any(?)")
			.params((Object) clientIds.toArray(UUID[]::new))
			.query((rs, row) -> found.put(rs.getObject("client_id", UUID.class), rs.getBytes("fingerprint")))
			.list();
		return found;
	}

	void saveFingerprints(Map<UUID, byte[]> fingerprints) {
		List<Map.Entry<UUID, byte[]>> rows = new ArrayList<>(fingerprints.entrySet());
		this.template.batchUpdate(
				"insert into import_fingerprint (client_id, fingerprint) values (?, ?) "
						+ "on conflict (client_id) do update set fingerprint = excluded.fingerprint",
				rows, rows.size(), (statement, row) -> {
					statement.setObject(1, row.getKey());
					statement.setBytes(2, row.getValue());
				});
	}

	/**
	 * Makes a failed run run again (its job continues where it stopped).
	 */
	boolean resume(UUID runId, Instant now) {
		return this.jdbc
			.sql("update import_run set status = 'RUNNING', failure = null, finished_at = null, heartbeat_at = ? "
					+ "where id = ? and status = 'FAILED' and content is not null")
			.params(Timestamp.from(now), runId)
			.update() == 1;
	}

	/**
	 * Ends a running run; answers whether this call ended it.
	 */
	boolean finish(UUID runId, String failure, Instant now) {
		return this.jdbc
			.sql("update import_run set status = ?, failure = ?, finished_at = ? where id = ? and status = 'RUNNING'")
			.params(failure == null ? "DONE" : "FAILED", failure, Timestamp.from(now), runId)
			.update() == 1;
	}

	private static ImportRun run(ResultSet rs, int row) throws SQLException {
		return new ImportRun(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				ImportFormat.valueOf(rs.getString("format")), rs.getString("file_name"), rs.getLong("file_size"),
				rs.getBoolean("dry_run"), ImportRun.Status.valueOf(rs.getString("status")), rs.getString("failure"),
				rs.getInt("rows_read"), rs.getInt("rows_refused"), rs.getInt("rows_created"), rs.getInt("rows_updated"),
				rs.getInt("rows_unchanged"), rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
				SqlRows.instant(rs, "created_at"), SqlRows.instant(rs, "finished_at"),
				SqlRows.instant(rs, "file_cleared_at"));
	}

}
