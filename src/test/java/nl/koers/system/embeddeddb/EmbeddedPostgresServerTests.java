package nl.koers.system.embeddeddb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The developer's embedded database keeps its data across restarts and after a crash, and
 * logs no values of failed statements.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path directory;

	@Test
	void keepsCommittedDataAcrossARestart() throws Exception {
		try (EmbeddedPostgresServer server = start()) {
			execute(server, "create table note (text varchar(20)); insert into note values ('bewaard')");
		}
		try (EmbeddedPostgresServer server = start()) {
			assertThat(count(server)).isEqualTo(1);
		}
	}

	@Test
	void recoversAfterThePostgresProcessWasKilled() throws Exception {
		EmbeddedPostgresServer crashed = start();
		execute(crashed, "create table note (text varchar(20)); insert into note values ('bewaard')");
		ProcessHandle postgres = ProcessHandle.of(postmasterPid()).orElseThrow();
		postgres.destroyForcibly();
		postgres.onExit().get(30, TimeUnit.SECONDS);
		try {
			crashed.close();
		}
		catch (IOException | RuntimeException expected) {
			// pg_ctl cannot stop a server that is already gone; the lock is released
			// anyway
		}
		try (EmbeddedPostgresServer server = start()) {
			assertThat(count(server)).isEqualTo(1);
		}
	}

	@Test
	void ignoresAPidFileThatNamesAnotherProgram() throws Exception {
		try (EmbeddedPostgresServer server = start()) {
			execute(server, "create table note (text varchar(20)); insert into note values ('bewaard')");
		}
		Files.writeString(dataDirectory().resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
		try (EmbeddedPostgresServer server = start()) {
			assertThat(count(server)).isEqualTo(1);
		}
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	/**
	 * A statement's error can repeat a value in its message, so the server leaves those
	 * to Koers, which logs them by SQL state, and writes the rest without detail lines.
	 */
	@Test
	void logsNoStatementErrorsAndNoDetailLines() throws Exception {
		try (EmbeddedPostgresServer server = start()) {
			assertThat(setting(server, "log_min_messages")).isEqualTo("log");
			assertThat(setting(server, "log_error_verbosity")).isEqualTo("terse");
		}
	}

	@Test
	void refusesASecondServerOnTheSameFolder() throws Exception {
		try (EmbeddedPostgresServer server = start()) {
			assertThatIllegalStateException().isThrownBy(this::start).withMessageContaining("in use");
		}
	}

	private EmbeddedPostgresServer start() throws IOException {
		return EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(true, this.directory, 0));
	}

	private Path dataDirectory() {
		return this.directory.resolve("pg18");
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).trim());
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int count(EmbeddedPostgresServer server) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			var result = statement.executeQuery("select count(*) from note where text = 'bewaard'");
			result.next();
			return result.getInt(1);
		}
	}

	private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			var result = statement.executeQuery("select current_setting('" + name + "')");
			result.next();
			return result.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
	}

}
