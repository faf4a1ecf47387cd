package nl.koers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded test database hands out a new connection for every request, which costs
 * tens of milliseconds each; a pool in front of it makes the tests behave like the
 * application, which always pools. Like the application, the pool connects as the role
 * {@value #APP_ROLE}, which owns no table, so that row-level security holds in the tests
 * too; Flyway migrates as the embedded server's owner. Against an external server
 * ({@code ZONKY_TEST_DATABASE_REPLACE=NONE}) Boot's own pool and {@code spring.flyway.*}
 * settings apply unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PooledTestDataSource {

	static final String APP_ROLE = "koers_app";

	@Bean
	static BeanPostProcessor poolEmbeddedTestDatabase() {
		return new PoolingPostProcessor();
	}

	@Bean
	TableOwner tableOwner(DataSource dataSource, Environment environment) {
		return new TableOwner(dataSource, environment);
	}

	@Bean
	FlywayConfigurationCustomizer migrateAsTheOwner() {
		return (configuration) -> {
			DataSource owner = PoolingPostProcessor.owner;
			if (owner != null) {
				// a plain wrapper: zonky would otherwise take the migration over and
				// prepare
				// another database than the one the pool connects to
				configuration.dataSource(new DelegatingDataSource(owner) {
					@Override
					public <T> T unwrap(Class<T> type) throws SQLException {
						throw new SQLException("not a wrapper");
					}

					@Override
					public boolean isWrapperFor(Class<?> type) {
						return false;
					}
				});
			}
		};
	}

	/**
	 * Runs before the application's own wrapping of the data source (the row-level
	 * security scope), which must come in front of the pool.
	 */
	static final class PoolingPostProcessor implements BeanPostProcessor, PriorityOrdered {

		static volatile DataSource owner;

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource dataSource && !(bean instanceof HikariDataSource)
					&& "dataSource".equals(beanName)) {
				owner = dataSource;
				createAppRole(dataSource);
				HikariConfig config = new HikariConfig();
				config.setDataSource(dataSource);
				config.setUsername(APP_ROLE);
				config.setPassword("");
				config.setPoolName("embedded-test");
				config.setMaximumPoolSize(10);
				return new HikariDataSource(config);
			}
			return bean;
		}

		private static void createAppRole(DataSource dataSource) {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE
						+ "') then create role " + APP_ROLE + " login; end if; end $$");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The test database's role " + APP_ROLE + " could not be made", ex);
			}
		}

		@Override
		public int getOrder() {
			return PriorityOrdered.HIGHEST_PRECEDENCE;
		}

	}

}
