package nl.koers.demo;

import nl.koers.PooledTestDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data has benefit periods: some ended, with every end reason, each ending the
 * client's KP4 route as outflow, and Delft clients without benefit (NUG, Anw).
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import(PooledTestDataSource.class)
class DemoBenefitsTests {

	@Autowired
	JdbcClient jdbc;

	/**
	 * Only the demo's municipalities: on a shared server other tests' rows are there too.
	 */
	static final String DEMO = " and municipality_id in (select id from municipality where code in ('GM1960', 'GM0503'))";

	@Test
	void someBenefitsEndedWithTheirReasonsAndCountAsOutflow() {
		assertThat(this.jdbc.sql("select distinct end_reason from benefit_period where end_reason is not null" + DEMO)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("WORK", "MOVED", "OTHER_INCOME", "DECEASED", "OTHER");
		long ended = this.jdbc.sql("select count(*) from benefit_period where end_date is not null" + DEMO)
			.query(Long.class)
			.single();
		assertThat(ended).as("nine a few weeks ago, one in 2014 (DemoRetention)").isEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from route_event where kind = 'OUTFLOW'" + DEMO)
			.query(Long.class)
			.single()).isEqualTo(ended);
		assertThat(this.jdbc.sql("select count(*) from task where type = 'BENEFIT_ENDED' and status = 'OPEN'" + DEMO)
			.query(Long.class)
			.single()).isEqualTo(ended);
	}

	@Test
	void delftHasClientsWithoutBenefit() {
		assertThat(this.jdbc.sql("select distinct without_benefit from client where without_benefit is not null" + DEMO)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("NUG", "ANW");
	}

}
