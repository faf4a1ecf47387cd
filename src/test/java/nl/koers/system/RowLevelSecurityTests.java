package nl.koers.system;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.TableOwner;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tenancy held by PostgreSQL too: a query that forgets the municipality, run for a
 * signed-in user, sees only that user's municipality, and cannot write into another;
 * every table with a municipality carries the policy; the application's role owns no
 * table and is no superuser, so the policies hold for it.
 */
@KoersTest
class RowLevelSecurityTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TableOwner owner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseRoleCheck roleCheck;

	Municipality mine;

	Municipality other;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.mine = this.fixtures.municipality();
		this.other = this.fixtures.municipality();
		this.consultant = this.mine.user(Role.CONSULTANT);
		this.mine.client(this.consultant);
		CurrentUser elsewhere = this.other.user(Role.CONSULTANT);
		this.other.client(elsewhere);
	}

	@Test
	void aQueryThatForgetsTheMunicipalitySeesOnlyTheUsersOwn() {
		List<UUID> seen = asUser(
				() -> this.jdbc.sql("select distinct municipality_id from client").query(UUID.class).list());
		List<UUID> users = asUser(
				() -> this.jdbc.sql("select distinct municipality_id from app_user").query(UUID.class).list());

		assertThat(seen).containsExactly(this.mine.id());
		assertThat(users).containsExactly(this.mine.id());
		assertThat(this.jdbc.sql("select count(distinct municipality_id) from client").query(Integer.class).single())
			.as("without a user (jobs, start-up) every municipality shows")
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aWriteIntoAnotherMunicipalityIsRefused() {
		Throwable refused = catchThrowable(() -> asUser(
				() -> this.jdbc.sql("update client set family_name = 'Overgeschreven' where municipality_id = ?")
					.param(this.other.id())
					.update()));
		int moved = asUser(() -> this.jdbc.sql("update client set municipality_id = ? where municipality_id = ?")
			.params(this.mine.id(), this.other.id())
			.update());

		assertThat(refused).isNull();
		assertThat(moved).isZero();
		assertThat(this.jdbc.sql("select count(*) from client where family_name = 'Overgeschreven'")
			.query(Integer.class)
			.single()).isZero();
		UUID client = this.jdbc.sql("select id from client where municipality_id = ?")
			.param(this.mine.id())
			.query(UUID.class)
			.single();
		Throwable inserted = catchThrowable(() -> asUser(() -> this.jdbc
			.sql("insert into legal_hold (id, client_id, municipality_id, reason, set_by_id, set_by_name, set_at) "
					+ "values (gen_random_uuid(), ?, ?, 'x', ?, 'x', now())")
			.params(client, this.other.id(), this.consultant.id())
			.update()));
		assertThat(inserted)
			.hasRootCauseMessage("ERROR: new row violates row-level security policy for table \"legal_hold\"");
	}

	@Test
	void everyTableWithAMunicipalityHasThePolicy() {
		List<String> unprotected = this.jdbc
			.sql("""
					select c.relname from pg_class c
					join pg_attribute a on a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped
					where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
					  and not c.relispartition
					  and (not c.relrowsecurity
					       or not exists (select from pg_policy p where p.polrelid = c.oid and p.polname = 'municipality_scope'))
					order by 1""")
			.query(String.class)
			.list();

		assertThat(unprotected).isEmpty();
	}

	/**
	 * The policy's scope is read once per statement (init plans), not for every row a
	 * report reads: as a per-row filter it made the reports up to four times as slow.
	 */
	@Test
	void thePolicyReadsTheScopeOncePerStatement() {
		List<String> plan = this.jdbc.sql("explain (costs off) select id from client where family_name = 'Jansen'")
			.query(String.class)
			.list();

		assertThat(plan).anyMatch(line -> line.contains("InitPlan"));
		assertThat(plan).filteredOn(line -> line.contains("Filter:") || line.contains("Cond:"))
			.isNotEmpty()
			.noneMatch(line -> line.contains("current_setting"));
	}

	@Test
	void theStartStopsWhenKoersConnectsAsTheOwnerOfTheTables() throws Exception {
		MockEnvironment production = new MockEnvironment().withProperty("koers.demo.enabled", "false");
		this.roleCheck.check(production);
		try (Connection owner = this.owner.connect()) {
			DatabaseRoleCheck asOwner = new DatabaseRoleCheck(
					JdbcClient.create(new SingleConnectionDataSource(owner, true)));

			assertThat(catchThrowable(() -> asOwner.check(production))).isInstanceOf(UnsafeSettingsException.class)
				.hasMessageContaining("[table-owner]");
			asOwner.check(production.withProperty(StartupRisk.ACCEPT_PROPERTY, "table-owner"));
		}
	}

	@Test
	void theApplicationsRoleOwnsNoTableAndIsNoSuperuser() {
		assertThat(this.jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from pg_class c where c.relnamespace = current_schema()::regnamespace
				  and c.relkind in ('r', 'p') and pg_get_userbyid(c.relowner) = current_user""")
			.query(Integer.class)
			.single()).isZero();
	}

	private <T> T asUser(Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.consultant, null,
					this.consultant.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
