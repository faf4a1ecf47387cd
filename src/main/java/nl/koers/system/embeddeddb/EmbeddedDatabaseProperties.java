package nl.koers.system.embeddeddb;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server that Koers starts when no
 * {@code spring.datasource.url} is configured.
 *
 * @param enabled whether to start the embedded server at all
 * @param directory the folder that holds the data; the server's major version is appended
 * @param port the port to listen on, 0 for any free port
 */
@ConfigurationProperties("koers.embedded-database")
record EmbeddedDatabaseProperties(Boolean enabled, Path directory, Integer port) {

	EmbeddedDatabaseProperties {
		enabled = enabled == null || enabled;
		directory = directory == null ? Path.of(".data") : directory;
		port = port == null ? 0 : port;
	}

}
