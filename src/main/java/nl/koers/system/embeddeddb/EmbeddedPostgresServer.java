package nl.koers.system.embeddeddb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Koers' own PostgreSQL server with its data in a local folder that survives restarts.
 * The zonky library's own start-up is not safe after a killed process, so this class owns
 * it: it locks the folder, stops a server left behind by an earlier run, and removes a
 * stale pid file.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	/**
	 * The role the application connects as: it owns no table, so row-level security holds
	 * for it (the server lets local connections in without a password).
	 */
	static final String APP_ROLE = "koers_app";

	private static final String MAJOR_VERSION = "pg18";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) throws IOException {
		Path base = properties.directory().toAbsolutePath();
		Path dataDirectory = base.resolve(MAJOR_VERSION);
		Files.createDirectories(base);
		FileChannel channel = FileChannel.open(base.resolve(MAJOR_VERSION + ".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock = tryLock(channel);
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("The embedded database in " + dataDirectory
					+ " is in use by another Koers process. Stop that one first, or set koers.embedded-database.directory.");
		}
		try {
			stopLeftoverServer(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				// the server's log goes to Koers' console: without the errors of
				// statements, whose message can repeat a value ("invalid input syntax
				// for type date: ...") and which Koers logs by SQL state itself, and
				// without the detail lines of the rest
				.setServerConfig("log_min_messages", "log")
				.setServerConfig("log_error_verbosity", "terse")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
			createAppRole(postgres);
			return new EmbeddedPostgresServer(postgres, channel, lock);
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			channel.close();
			throw ex;
		}
	}

	private static void createAppRole(EmbeddedPostgres postgres) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE
					+ "') then create role " + APP_ROLE + " login; end if; end $$");
		}
		catch (SQLException ex) {
			throw new IOException("The embedded database's role " + APP_ROLE + " could not be made", ex);
		}
	}

	/**
	 * Another process holding the lock gives {@code null}; another application context in
	 * this same JVM gives an exception.
	 */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * We hold the folder's lock, so a server still running on it was started by an
	 * earlier Koers process that was killed. Stop it; a pid file naming a process that is
	 * no postgres (a reused pid) is stale and removed.
	 */
	private static void stopLeftoverServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> leftover = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(EmbeddedPostgresServer::isPostgres);
		if (leftover.isPresent()) {
			log.warn("Stopping a PostgreSQL server left behind by an earlier run (pid {})", leftover.get().pid());
			leftover.get().destroy();
			waitForExit(leftover.get());
		}
		Files.deleteIfExists(pidFile);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static void waitForExit(ProcessHandle process) {
		try {
			process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

}
