package nl.koers.system;

import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.ClientBuilder;
import nl.koers.KoersTest;
import nl.koers.TableOwner;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A database connection killed in the middle of a write (the server ends the backend
 * while it inserts the client): the caller gets 503 and may try again, nothing of the
 * write is left (no client, no access-log entry for it), and the pool replaces the dead
 * connection, so the same request then succeeds once. The backend ends itself from a
 * trigger, so the test needs no rights over other roles' backends and no timing.
 */
@KoersTest
class ConnectionKillTests {

	private static final String MARKER = "Afgebroken";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TableOwner owner;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void killTheBackendThatInsertsTheMarkedClient() {
		this.owner.execute("""
				create or replace function connection_kill_test() returns trigger language plpgsql as $$
				begin
				    if new.given_name = '%s' then
				        perform pg_terminate_backend(pg_backend_pid());
				    end if;
				    return new;
				end $$""".formatted(MARKER), "create trigger connection_kill_test before insert on client "
				+ "for each row execute function connection_kill_test()");
	}

	@AfterEach
	void removeTheTrigger() {
		this.owner.execute("drop trigger if exists connection_kill_test on client",
				"drop function if exists connection_kill_test()");
	}

	@Test
	void aWriteWhoseConnectionDiesLeavesNothingAndCanBeRepeated() throws Exception {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		ClientBuilder client = Fixtures.details().name(MARKER, "Proefhuizer");

		this.mvc
			.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
				.content(client.json())
				.with(user(consultant)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"));

		assertThat(count("select count(*) from client where municipality_id = ?", municipality.id())).isZero();
		assertThat(count("select count(*) from access_log_entry where municipality_id = ? and action = 'CREATE'",
				municipality.id()))
			.isZero();

		this.owner.execute("drop trigger connection_kill_test on client");
		this.mvc
			.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
				.content(client.json())
				.with(user(consultant)))
			.andExpect(status().isCreated());
		assertThat(count("select count(*) from client where municipality_id = ?", municipality.id())).isOne();
		assertThat(count("select count(*) from access_log_entry where municipality_id = ? and action = 'CREATE'",
				municipality.id()))
			.isOne();
	}

	private int count(String sql, UUID municipalityId) {
		return this.jdbc.sql(sql).param(municipalityId).query(Integer.class).single();
	}

}
