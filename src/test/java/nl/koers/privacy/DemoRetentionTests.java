package nl.koers.privacy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.PooledTestDataSource;
import nl.koers.privacy.RetentionPlan.PlannedClient;
import nl.koers.privacy.RetentionStore.RunStart;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo has one client whose file closed more than ten years ago (Willem Vroeger, West
 * Betuwe, benefit ended 30 June 2014): the dry run shows exactly them, and one run erases
 * them completely.
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import(PooledTestDataSource.class)
class DemoRetentionTests {

	@Autowired
	RetentionService retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneRunErasesTheExpiredDemoClientCompletely() {
		UUID westBetuwe = this.jdbc.sql("select id from municipality where code = 'GM1960'").query(UUID.class).single();
		UUID willem = this.jdbc.sql("select id from client where municipality_id = ? and family_name = 'Vroeger'")
			.param(westBetuwe)
			.query(UUID.class)
			.single();
		RetentionPlan plan = this.retention.plan(westBetuwe, LocalDate.now());
		assertThat(plan.clients()).extracting(PlannedClient::clientId).containsExactly(willem);
		assertThat(plan.complete()).isOne();
		this.retention.run(westBetuwe, RunStart.ADMINISTRATOR, Map.of());
		assertThat(this.jdbc
			.sql("select count(*) from client where id = ? and erased_on is not null and bsn is null "
					+ "and family_name is null and search_name is null")
			.param(willem)
			.query(Integer.class)
			.single()).isOne();
		for (String table : new String[] { "benefit_period", "goal", "contact", "task", "exemption" }) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " where client_id = ?")
				.param(willem)
				.query(Integer.class)
				.single()).as(table).isZero();
		}
		assertThat(this.retention.plan(westBetuwe, LocalDate.now()).clients()).isEmpty();
	}

}
