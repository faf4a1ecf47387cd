package nl.koers.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

import nl.koers.route.api.Route;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the database with a national deployment's worth of KP4 clients and their route
 * histories, straight into the tables with PostgreSQL's COPY: clients spread over
 * municipalities of very different sizes, each with a history of a few route periods over
 * up to fifteen years, some handed over or out of KP4, most still on a route. Seeded, so
 * every run makes the same data.
 */
final class RouteHistoryGenerator {

	static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);

	private static final int BATCH = 20_000;

	private final DataSource dataSource;

	private final Random random = new Random(20201102);

	RouteHistoryGenerator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Generates the clients and returns the municipalities, largest first.
	 */
	List<UUID> generate(int clients, int municipalities) throws SQLException, IOException {
		List<UUID> ids = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			double harmonic = 0;
			for (int rank = 1; rank <= municipalities; rank++) {
				harmonic += 1.0 / rank;
			}
			int sequence = 0;
			for (int rank = 1; rank <= municipalities; rank++) {
				UUID municipality = municipality(connection, rank);
				ids.add(municipality);
				int size = rank == municipalities ? clients - sequence : (int) (clients / harmonic / rank);
				sequence = clientsOf(copy, municipality, sequence, size);
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute(
						"""
								insert into route_count_delta (municipality_id, day, route, delta)
								select municipality_id, day, route, sum(delta) from (
								    select municipality_id, valid_from as day, route, 1 as delta from route_period
								    union all
								    select municipality_id, valid_until, route, -1 from route_period where valid_until is not null
								) changes
								group by municipality_id, day, route
								having sum(delta) <> 0""");
				statement.execute("vacuum analyze client");
				statement.execute("vacuum analyze route_period");
				statement.execute("vacuum analyze route_count_delta");
			}
		}
		return ids;
	}

	private static UUID municipality(Connection connection, int rank) throws SQLException {
		UUID id = UUID.randomUUID();
		try (var statement = connection
			.prepareStatement("insert into municipality (id, code, name) values (?, ?, ?)")) {
			statement.setObject(1, id);
			statement.setString(2, "B" + id.toString().substring(0, 8));
			statement.setString(3, "Benchmarkgemeente " + rank);
			statement.executeUpdate();
		}
		return id;
	}

	private int clientsOf(CopyManager copy, UUID municipality, int sequence, int size)
			throws SQLException, IOException {
		StringBuilder clientRows = new StringBuilder();
		StringBuilder periodRows = new StringBuilder();
		for (int i = 0; i < size; i++) {
			UUID client = UUID.randomUUID();
			LocalDate kp4Start = day(FIRST_DAY, LAST_DAY);
			LocalDate benefitStart = kp4Start.minusDays(this.random.nextInt(1500));
			clientRows.append(client)
				.append(',')
				.append(municipality)
				.append(',')
				.append(bsn(sequence++))
				.append(",Client,Benchmark,")
				.append(benefitStart.minusYears(20 + this.random.nextInt(40)))
				.append(',')
				.append(benefitStart)
				.append(",0,2026-11-25T00:00:00Z,2026-11-25T00:00:00Z\n");
			for (Period period : history(kp4Start)) {
				periodRows.append(client)
					.append(',')
					.append(municipality)
					.append(',')
					.append(period.route())
					.append(',')
					.append(period.from())
					.append(',')
					.append(period.until() == null ? "" : period.until())
					.append('\n');
			}
			if (clientRows.length() > BATCH * 100) {
				flush(copy, clientRows, periodRows);
			}
		}
		flush(copy, clientRows, periodRows);
		return sequence;
	}

	private static void flush(CopyManager copy, StringBuilder clients, StringBuilder periods)
			throws SQLException, IOException {
		copy.copyIn(
				"copy client (id, municipality_id, bsn, given_name, family_name, date_of_birth, "
						+ "benefit_start_date, version, created_at, updated_at) from stdin with (format csv)",
				new StringReader(clients.toString()));
		copy.copyIn("copy route_period (client_id, municipality_id, route, valid_from, valid_until) "
				+ "from stdin with (format csv)", new StringReader(periods.toString()));
		clients.setLength(0);
		periods.setLength(0);
	}

	/**
	 * A realistic history: some months under investigation, then care support, rest or
	 * towards KP3 for months to years at a time; towards KP3 ends in a handover, and now
	 * and then a client leaves KP4 altogether.
	 */
	private List<Period> history(LocalDate start) {
		List<Period> periods = new ArrayList<>();
		Route route = Route.INVESTIGATION;
		LocalDate from = start;
		while (true) {
			LocalDate until = from.plusDays(route == Route.INVESTIGATION ? 30 + this.random.nextInt(150)
					: route == Route.TOWARDS_KP3 ? 30 + this.random.nextInt(150) : 90 + this.random.nextInt(800));
			if (until.isAfter(LAST_DAY)) {
				periods.add(new Period(route, from, null));
				return periods;
			}
			periods.add(new Period(route, from, until));
			if (route == Route.TOWARDS_KP3 || this.random.nextInt(100) < 6) {
				return periods;
			}
			route = next(route);
			from = until;
		}
	}

	private Route next(Route current) {
		while (true) {
			int draw = this.random.nextInt(100);
			Route next = draw < 40 ? Route.CARE_SUPPORT : draw < 80 ? Route.REST : Route.TOWARDS_KP3;
			if (next != current) {
				return next;
			}
		}
	}

	LocalDate day(LocalDate from, LocalDate until) {
		return from.plusDays(this.random.nextLong(ChronoUnit.DAYS.between(from, until)));
	}

	/**
	 * A BSN that passes the 11-test, unique for each sequence number.
	 */
	static String bsn(int sequence) {
		for (int prefix = 10_000_000 + sequence * 11;; prefix++) {
			String digits = String.format("%08d", prefix);
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (9 - i) * (digits.charAt(i) - '0');
			}
			if (sum % 11 <= 9) {
				return digits + (sum % 11);
			}
		}
	}

	private record Period(Route route, LocalDate from, LocalDate until) {
	}

}
