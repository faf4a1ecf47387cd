package nl.koers.accesslog;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list writes one access log entry per client it shows, with one statement however many
 * clients: counted on the JDBC connections, where every execution and every batched row
 * of an insert into the access log is one statement for the database.
 */
@KoersTest
@Import(AccessLogWriteTests.CountingDataSource.class)
class AccessLogWriteTests {

	static final int CLIENTS = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientAccess clientAccess;

	Municipality municipality;

	CurrentUser consultant;

	List<UUID> clientIds;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.clientIds = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			this.clientIds.add(this.municipality.client(this.consultant).id());
		}
	}

	@Test
	void aListPageIsOneEntryPerClientWrittenWithOneStatement() throws Exception {
		int before = CountingDataSource.INSERTS.get();
		this.mvc.perform(get("/api/v1/clients").param("limit", "500").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(CLIENTS)));
		assertThat(CountingDataSource.INSERTS.get() - before).isEqualTo(1);
		assertThat(entriesPerClient("LIST")).hasSize(CLIENTS)
			.containsOnlyKeys(this.clientIds)
			.allSatisfy((client, entries) -> assertThat(entries).isEqualTo(1));
	}

	@Test
	void theClientGatesListIsOneEntryPerClientWrittenWithOneStatement() {
		int before = CountingDataSource.INSERTS.get();
		Map<UUID, ClientRef> shown = this.clientAccess.list(this.consultant, this.clientIds);
		assertThat(shown).hasSize(CLIENTS);
		assertThat(CountingDataSource.INSERTS.get() - before).isEqualTo(1);
		assertThat(entriesPerClient("LIST")).containsOnlyKeys(this.clientIds)
			.allSatisfy((client, entries) -> assertThat(entries).isEqualTo(1));
	}

	@Test
	void theAuditorsOverviewCountsEachListedClientOnce() throws Exception {
		this.mvc.perform(get("/api/v1/clients").param("limit", "500").with(user(this.consultant)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/clients").param("limit", "500").with(user(this.consultant)))
			.andExpect(status().isOk());
		CurrentUser auditor = this.municipality.user(Role.AUDITOR);
		for (UUID client : List.of(this.clientIds.get(0), this.clientIds.get(CLIENTS - 1))) {
			// created once and listed twice, all today
			this.mvc.perform(get("/api/v1/access-log/clients/" + client + "/overview").with(user(auditor)))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].times").value(3))
				.andExpect(jsonPath("$[0].userDisplayName").value(this.consultant.displayName()));
		}
	}

	@Test
	void entriesLandInTheirMonthsPartition() {
		this.clientAccess.list(this.consultant, this.clientIds.subList(0, 3));
		List<String> partitions = this.jdbc
			.sql("select distinct tableoid::regclass::text from access_log_entry where municipality_id = ?")
			.param(this.municipality.id())
			.query(String.class)
			.list();
		assertThat(partitions).singleElement().asString().matches("access_log_entry_\\d{4}_\\d{2}");
	}

	private Map<UUID, Integer> entriesPerClient(String action) {
		return this.jdbc.sql("""
				select client_id, count(*) from access_log_entry
				where municipality_id = ? and user_id = ? and action = ? group by client_id""")
			.params(this.municipality.id(), this.consultant.id(), action)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Wraps the application's data source so that every statement inserting into the
	 * access log is counted: each execution, and each row added to a JDBC batch.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		static final AtomicInteger INSERTS = new AtomicInteger();

		@Bean
		static BeanPostProcessor countAccessLogInserts() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource, null) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T proxy(Class<T> type, T target, String sql) {
			InvocationHandler handler = (self, method, args) -> {
				Object result = invoke(method, target, args);
				if (result instanceof Connection connection) {
					return proxy(Connection.class, connection, null);
				}
				if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
					return proxy(PreparedStatement.class, statement, (String) args[0]);
				}
				if (result instanceof Statement statement && method.getName().equals("createStatement")) {
					return proxy(Statement.class, statement, null);
				}
				String name = method.getName();
				String executed = sql != null ? sql : (args != null && args.length > 0 && args[0] instanceof String text
						&& target instanceof Statement ? text : null);
				if (executed != null && insertsIntoTheLog(executed)
						&& (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")))) {
					INSERTS.incrementAndGet();
				}
				return result;
			};
			return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
					handler);
		}

		private static boolean insertsIntoTheLog(String sql) {
			return sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains("insert into access_log_entry");
		}

		private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
