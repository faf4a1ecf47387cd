package nl.koers.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.TableOwner;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup of docs/operations.md restores to an equal database: {@code pg_dump -Fc} of
 * a filled database, {@code pg_restore} into a fresh one, then the same rows in every
 * table and no sequence behind. The dump and the expected checksums read one exported
 * snapshot, so work of the application during the dump cannot make them differ.
 */
@KoersTest
class BackupRestoreTests {

	private static final Pattern MAJOR_VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	@Autowired
	Fixtures fixtures;

	@Autowired
	TableOwner owner;

	@TempDir
	Path directory;

	@Test
	void aRestoredDumpHoldsTheSameRowsInEveryTable() throws Exception {
		Server server = server();
		int pgDump = pgDumpMajorVersion();
		assumeTrue(pgDump >= server.majorVersion(),
				() -> "needs pg_dump " + server.majorVersion() + " or newer on the PATH for this PostgreSQL "
						+ server.majorVersion() + " server, found " + (pgDump == 0 ? "none" : pgDump)
						+ "; CI's second stage runs it against Debian's PostgreSQL");
		fill();
		Dump dump = dump(server);
		String copy = "koers_restore_" + UUID.randomUUID().toString().replace("-", "");
		execute("create database " + copy + " template template0");
		try {
			run(server, "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + copy, dump.file().toString());
			try (Connection restored = server.connect(copy)) {
				assertThat(dump.tables()).containsKeys("public.client", "public.access_log_entry",
						"public.flyway_schema_history");
				assertThat(dump.tables().get("public.client")).doesNotStartWith("0:");
				assertThat(TableChecksums.tables(restored)).isEqualTo(dump.tables());
				assertNoSequenceBehind(TableChecksums.sequences(restored), dump.sequences());
			}
		}
		finally {
			dropDatabase(copy);
		}
	}

	/**
	 * Dumps the database and reads its checksums in one snapshot. Sequences are outside
	 * transactions: they are read before the dump, which can only see them further on.
	 */
	private Dump dump(Server server) throws Exception {
		Path file = this.directory.resolve("koers.dump");
		try (Connection source = this.owner.connect()) {
			source.setAutoCommit(false);
			source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			String snapshot = single(source, "select pg_export_snapshot()");
			Dump dump = new Dump(file, TableChecksums.tables(source), TableChecksums.sequences(source));
			run(server, "pg_dump", "--format=custom", "--snapshot=" + snapshot, "--file=" + file, server.database());
			source.rollback();
			return dump;
		}
	}

	private static void assertNoSequenceBehind(Map<String, Long> restored, Map<String, Long> dumped) {
		assertThat(restored).containsOnlyKeys(dumped.keySet());
		restored.forEach((name, value) -> assertThat(value).as(name).isGreaterThanOrEqualTo(dumped.get(name)));
	}

	private void fill() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		municipality.user(Role.COORDINATOR, Role.ADMINISTRATOR);
		for (int i = 0; i < 3; i++) {
			municipality.client(consultant);
		}
	}

	private Server server() throws SQLException {
		try (Connection connection = this.owner.connect();
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select host(inet_server_addr()), inet_server_port(), "
						+ "current_database(), current_user, current_setting('server_version_num')::int / 10000")) {
			row.next();
			return new Server(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
					this.owner.password(), row.getInt(5));
		}
	}

	private static int pgDumpMajorVersion() throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			return 0;
		}
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(1, TimeUnit.MINUTES);
		Matcher version = MAJOR_VERSION.matcher(output);
		return version.find() ? Integer.parseInt(version.group(1)) : 0;
	}

	private void run(Server server, String program, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(program, "--host=" + server.host(), "--port=" + server.port(),
				"--username=" + server.user(), "--no-password"));
		command.addAll(List.of(arguments));
		Path output = this.directory.resolve(program + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("PGPASSWORD", server.password());
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(program + " finished").isTrue();
		assertThat(process.exitValue()).as(() -> program + " failed: " + read(output)).isZero();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.owner.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Drops the copy without {@code with (force)}: after a restore, autovacuum may be
	 * working in it, and forcing would need the right to end a process of another role. A
	 * plain drop cancels autovacuum itself; it is retried while one is still ending.
	 */
	private void dropDatabase(String name) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				execute("drop database if exists " + name);
				return;
			}
			catch (SQLException ex) {
				if (!"55006".equals(ex.getSQLState()) || attempt == 10) {
					throw ex;
				}
				Thread.sleep(1000);
			}
		}
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	private record Dump(Path file, Map<String, String> tables, Map<String, Long> sequences) {
	}

	private record Server(String host, int port, String database, String user, String password, int majorVersion) {

		Connection connect(String otherDatabase) throws SQLException {
			PGSimpleDataSource target = new PGSimpleDataSource();
			target.setServerNames(new String[] { this.host });
			target.setPortNumbers(new int[] { this.port });
			target.setDatabaseName(otherDatabase);
			target.setUser(this.user);
			target.setPassword(this.password);
			return target.getConnection();
		}

	}

}
