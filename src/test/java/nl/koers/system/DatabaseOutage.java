package nl.koers.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A database outage for the requests of one test thread, while the shared embedded server
 * and every other thread go on: the pool's {@code getConnection} fails as Hikari fails
 * when PostgreSQL cannot be reached. Wraps the pooled DataSource of every test context
 * ({@code KoersTest} imports it after {@code PooledTestDataSource}); off, it costs one
 * thread-local look-up per connection taken.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseOutage {

	/**
	 * The driver's message of the failure: it must never reach a log or an answer.
	 */
	public static final String MESSAGE = "outage-marker: connection to 127.0.0.1:5432 refused";

	private static final ThreadLocal<Boolean> OUT = ThreadLocal.withInitial(() -> false);

	private static final ThreadLocal<String> AFTER_COMMIT = new ThreadLocal<>();

	/**
	 * Runs the action while this thread cannot get a database connection; the outage ends
	 * with it, whatever it does.
	 */
	public static <T> T during(Callable<T> action) throws Exception {
		OUT.set(true);
		try {
			return action.call();
		}
		finally {
			OUT.remove();
		}
	}

	/**
	 * Runs the action with the database in reach until this thread commits a transaction
	 * that inserted into the table, and out of reach from then on: what the request does
	 * after its change was committed (saving the session, keeping an idempotent answer)
	 * fails.
	 */
	public static <T> T afterCommitOfAnInsertInto(String table, Callable<T> action) throws Exception {
		AFTER_COMMIT.set("insert into " + table + " ");
		try {
			return action.call();
		}
		finally {
			AFTER_COMMIT.remove();
			OUT.remove();
		}
	}

	@Bean
	static BeanPostProcessor databaseOutageSwitch() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof Switchable) && pooled(dataSource)) {
					return new Switchable(dataSource);
				}
				return bean;
			}
		};
	}

	private static boolean pooled(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	static final class Switchable extends DelegatingDataSource {

		Switchable(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			refuseDuringOutage();
			return outageAfterCommit(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseDuringOutage();
			return outageAfterCommit(super.getConnection(username, password));
		}

		private static Connection outageAfterCommit(Connection connection) {
			String insert = AFTER_COMMIT.get();
			if (insert == null) {
				return connection;
			}
			boolean[] inserted = { false };
			return (Connection) Proxy.newProxyInstance(DatabaseOutage.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						try {
							if (method.getName().startsWith("prepare") && arguments[0] instanceof String sql
									&& sql.strip().toLowerCase(Locale.ROOT).replace("(", " (").startsWith(insert)) {
								inserted[0] = true;
							}
							Object result = method.invoke(connection, arguments);
							if (method.getName().equals("commit") && inserted[0]) {
								OUT.set(true);
							}
							return result;
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

		private static void refuseDuringOutage() throws SQLException {
			if (OUT.get()) {
				throw new SQLTransientConnectionException(MESSAGE, "08001");
			}
		}

	}

}
