package nl.koers.system.embeddeddb;

import java.io.IOException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts Koers' own PostgreSQL server when no external database is configured, so that a
 * newcomer needs nothing but a JDK. Boot then builds its usual pool, connected as the
 * application's role {@code koers_app} (no owner: row-level security holds for it), and
 * Flyway migrates as the server's owner {@code postgres}. A jar built with
 * {@code -Pexternal-database} has no zonky classes and binaries: then nothing embedded
 * starts.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "koers.embedded-database.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) throws IOException {
		return EmbeddedPostgresServer.start(properties);
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return EmbeddedPostgresServer.APP_ROLE;
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

		};
	}

	@Bean
	FlywayConnectionDetails embeddedPostgresOwner(EmbeddedPostgresServer server) {
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return EmbeddedPostgresServer.USER;
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

		};
	}

}
