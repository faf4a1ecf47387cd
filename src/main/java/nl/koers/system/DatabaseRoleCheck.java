package nl.koers.system;

import java.util.List;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Without the demo, Koers must connect as a role for which row-level security holds
 * (V73): not a superuser, not a role that bypasses it, not the owner of the tables.
 * Checked once the migrations have run; otherwise the start stops with the risk
 * {@value #RISK}.
 */
@Component
class DatabaseRoleCheck {

	static final String RISK = "table-owner";

	static final StartupRisk TABLE_OWNER = new StartupRisk(RISK,
			"Koers connects to the database as a superuser, a role with BYPASSRLS or the owner of its tables:"
					+ " row-level security then does not keep one municipality's rows from another's.",
			"Let Flyway migrate as the owner (spring.flyway.user and spring.flyway.password) and let Koers connect"
					+ " as a role that owns nothing (spring.datasource.username, koers_app in the README); the grants"
					+ " follow every migration.");

	private final JdbcClient jdbc;

	DatabaseRoleCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void onStarted(ApplicationStartedEvent started) {
		check(started.getApplicationContext().getEnvironment());
	}

	void check(Environment environment) {
		if (DemoMode.enabled(environment) || TABLE_OWNER.acceptedIn(environment)) {
			return;
		}
		if (passesRowLevelSecurity()) {
			throw new UnsafeSettingsException(List.of(TABLE_OWNER));
		}
	}

	boolean passesRowLevelSecurity() {
		return this.jdbc.sql("""
				select r.rolsuper or r.rolbypassrls
				       or exists (select from pg_class c where c.relowner = r.oid and c.relname = 'client'
				                    and c.relnamespace = current_schema()::regnamespace)
				from pg_roles r where r.rolname = current_user""").query(Boolean.class).single();
	}

}
