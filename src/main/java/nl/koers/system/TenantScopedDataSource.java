package nl.koers.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives every connection the {@link TenantScope} of the thread that takes it, as the
 * session setting {@code koers.municipality} that the row-level security policies read
 * (V73). Set on every hand-out: a pooled connection keeps the setting of its previous
 * user otherwise.
 */
public class TenantScopedDataSource extends DelegatingDataSource {

	public TenantScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		String scope = TenantScope.current();
		return scoped(super.getConnection(), scope);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		String scope = TenantScope.current();
		return scoped(super.getConnection(username, password), scope);
	}

	private static Connection scoped(Connection connection, String scope) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('koers.municipality', ?, false)")) {
			statement.setString(1, scope);
			statement.execute();
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * The pool behind, for those that look for it by type (Boot's metrics and Flyway's
	 * derived data source); this wrapper itself only for its own type.
	 */
	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this) && !type.isInstance(getTargetDataSource())) {
			return type.cast(this);
		}
		return obtainTargetDataSource().unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || obtainTargetDataSource().isWrapperFor(type);
	}

}
