package nl.koers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;

/**
 * A connection as the owner of the tables, for the few tests that change the schema
 * itself (a trigger that fails on purpose) or dump the whole database: the application's
 * role may not. The embedded server's owner, or on an external server the role Flyway
 * migrates as ({@code spring.flyway.user}).
 */
public final class TableOwner {

	private TableOwner() {
	}

	public static Connection connect(Environment environment) throws SQLException {
		DataSource embedded = PooledTestDataSource.PoolingPostProcessor.owner;
		if (embedded != null) {
			return embedded.getConnection();
		}
		String url = environment.getProperty("spring.flyway.url",
				environment.getRequiredProperty("spring.datasource.url"));
		return DriverManager.getConnection(url,
				environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username")),
				environment.getProperty("spring.flyway.password",
						environment.getProperty("spring.datasource.password")));
	}

	/**
	 * Runs statements as the owner.
	 */
	public static void execute(Environment environment, String... statements) {
		try (Connection connection = connect(environment); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
