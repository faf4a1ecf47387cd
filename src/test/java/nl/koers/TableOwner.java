package nl.koers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.core.env.Environment;

/**
 * Connections as the owner of the tables, for the few tests that change the schema itself
 * (a trigger that fails on purpose) or dump the whole database: the application's role
 * may not. On the embedded server the owner is the data source behind this context's pool
 * ({@link PooledTestDataSource}); on an external server the role Flyway migrates as
 * ({@code spring.flyway.user}).
 */
public class TableOwner {

	private final DataSource dataSource;

	private final Environment environment;

	TableOwner(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	public Connection connect() throws SQLException {
		DataSource embedded = this.dataSource.unwrap(HikariDataSource.class).getDataSource();
		if (embedded != null) {
			return embedded.getConnection();
		}
		String url = this.environment.getProperty("spring.flyway.url",
				this.environment.getRequiredProperty("spring.datasource.url"));
		return DriverManager.getConnection(url, this.environment.getProperty("spring.flyway.user",
				this.environment.getProperty("spring.datasource.username")), password());
	}

	/**
	 * The owner's password (empty on the embedded server).
	 */
	public String password() {
		return this.environment.getProperty("spring.flyway.password",
				this.environment.getProperty("spring.datasource.password", ""));
	}

	/**
	 * Runs statements as the owner.
	 */
	public void execute(String... statements) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
