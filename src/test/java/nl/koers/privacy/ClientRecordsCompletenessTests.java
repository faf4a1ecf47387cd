package nl.koers.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table that holds client data has exactly one place in retention: a
 * {@link ClientRecords} bean claims it. A table holds client data when it has a
 * {@code client_id} column, a foreign key to {@code client}, or a foreign key to such a
 * table (a child table). A new table without a place fails this test.
 */
@KoersTest
class ClientRecordsCompletenessTests {

	/**
	 * Tables with a {@code client_id} column that is not a client: {@code api_system}'s
	 * is the OAuth client id of a registered system.
	 */
	static final Set<String> NOT_CLIENT_DATA = Set.of("api_system");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ClientRecords> records;

	@Test
	void everyTableWithClientDataIsClaimedByExactlyOneModule() {
		Map<String, List<String>> claims = new TreeMap<>();
		for (ClientRecords bean : this.records) {
			String owner = AopUtils.getTargetClass(bean).getSimpleName();
			for (ClientTable table : bean.tables()) {
				claims.computeIfAbsent(table.name(), (name) -> new ArrayList<>()).add(owner);
			}
		}
		Set<String> clientData = clientDataTables();
		assertThat(clientData).as("the schema is read").contains("client", "route_period", "goal_progress");
		Set<String> unclaimed = new TreeSet<>(clientData);
		unclaimed.removeAll(claims.keySet());
		assertThat(unclaimed).as("tables with client data that no ClientRecords bean claims").isEmpty();
		Map<String, List<String>> twice = new TreeMap<>(claims);
		twice.values().removeIf((owners) -> owners.size() == 1);
		assertThat(twice).as("tables claimed more than once").isEmpty();
		Set<String> unknown = new TreeSet<>(claims.keySet());
		unknown.removeAll(tables());
		assertThat(unknown).as("claimed tables that do not exist").isEmpty();
	}

	@Test
	void everyModuleHasOneBean() {
		Map<String, Integer> perModule = new HashMap<>();
		for (ClientRecords bean : this.records) {
			perModule.merge(AopUtils.getTargetClass(bean).getPackageName(), 1, Integer::sum);
		}
		assertThat(perModule).allSatisfy((module, count) -> assertThat(count).as(module).isOne());
	}

	@Test
	void everyFilterRunsAndEveryClearedColumnCanBeCleared() {
		UUID nobody = UUID.randomUUID();
		for (ClientRecords bean : this.records) {
			for (ClientTable table : bean.tables()) {
				Long count = this.jdbc.sql("select count(*) from " + table.name() + " where " + table.clientFilter())
					.param(nobody)
					.query(Long.class)
					.single();
				assertThat(count).as(table.name()).isZero();
				for (String column : table.clearedColumns()) {
					String nullable = this.jdbc
						.sql("select is_nullable from information_schema.columns "
								+ "where table_schema = current_schema() and table_name = ? and column_name = ?")
						.params(table.name(), column)
						.query(String.class)
						.optional()
						.orElse("missing");
					assertThat(nullable).as(table.name() + "." + column + " can be set to null").isEqualTo("YES");
				}
			}
		}
	}

	Set<String> tables() {
		return new TreeSet<>(this.jdbc
			.sql("""
					select c.relname from pg_class c
					where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
					""")
			.query(String.class)
			.list());
	}

	Set<String> clientDataTables() {
		Set<String> found = new TreeSet<>(this.jdbc
			.sql("""
					select c.relname from pg_class c
					join pg_attribute a on a.attrelid = c.oid and a.attname = 'client_id' and not a.attisdropped
					where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
					""")
			.query(String.class)
			.list());
		found.add("client");
		found.removeAll(NOT_CLIENT_DATA);
		List<Map<String, Object>> foreignKeys = this.jdbc
			.sql("""
					select child.relname as child, parent.relname as parent from pg_constraint k
					join pg_class child on child.oid = k.conrelid
					join pg_class parent on parent.oid = k.confrelid
					where k.contype = 'f' and child.relnamespace = current_schema()::regnamespace and not child.relispartition
					""")
			.query()
			.listOfRows();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map<String, Object> key : foreignKeys) {
				if (found.contains((String) key.get("parent")) && found.add((String) key.get("child"))) {
					grew = true;
				}
			}
		}
		return found;
	}

}
