package nl.koers.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a database that Koers's Flyway has migrated with a national deployment's worth of
 * clients and their history in every module, straight into the tables with PostgreSQL's
 * COPY. Seeded: every run makes the same data.
 *
 * <p>
 * Usage: {@code Generate SIZE JDBC_URL USER PASSWORD}, SIZE one of S (10,000 clients), M
 * (100,000), L (1,000,000) or a number of clients.
 *
 * <p>
 * Per municipality (sizes by a Zipf distribution) it makes a coordinator {@code bench-<rank>}
 * (coordinator, manager, contract manager; the driver logs in as {@code bench-1}, the
 * largest municipality) and one consultant per 150 clients, all with the password
 * {@value #PASSWORD}; clients with valid BSNs and Dutch names; their KP4 history (route
 * events and the route periods derived from them), appointments with their outcome and
 * events, contacts, tasks, assessments with scores, goals with status and progress,
 * agreements with outcomes, exemptions, measure facts and measures, screening campaigns
 * with items, institutions with consents and referrals, budgets, contracts with their
 * trajectories, commitments and payments, signals and advice requests to the coordination
 * point, and the access log of the consultants' reads. Then it rebuilds the route
 * report's count tables and analyzes the database.
 */
public final class Generate {

	/** The password of every generated user. */
	static final String PASSWORD = "koers-benchmark";

	/** bcrypt (cost 10) of {@link #PASSWORD}, computed once, as Spring's delegating encoder stores it. */
	static final String PASSWORD_HASH = "{bcrypt}$2a$10$CcmCsn702W52nGV1S8IQi.Y7H6GoeRM/JkqCgROwCshYVZ.A6ZR16";

	static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);

	/** "Today" for the generated data, fixed so that every run makes the same data. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final int CLIENTS_PER_CONSULTANT = 150;

	private static final String[] CHANNELS = { "FACE_TO_FACE", "PHONE", "HOME_VISIT", "VIDEO" };

	private static final String[] HOUSEHOLDS = { "SINGLE", "SINGLE", "SINGLE", "SINGLE_PARENT", "COUPLE",
			"COUPLE_WITH_CHILDREN", "OTHER" };

	/** Per municipality: an institution of the social map with its kind and service category. */
	private static final String[][] INSTITUTIONS = { { "Zorggroep Midden", "CARE_INSTITUTION", "MENTAL_HEALTH" },
			{ "Verslavingszorg Noord", "CARE_INSTITUTION", "ADDICTION_CARE" },
			{ "Schuldhulp Samen", "PROVIDER", "DEBT_HELP" }, { "Dagbesteding De Brug", "PROVIDER", "DAY_ACTIVITIES" },
			{ "Vrijwilligerscentrale", "VOLUNTEER_AGENCY", "VOLUNTEER_WORK" } };

	private static final String[] SHARED = { "IDENTITY", "CONTACT_DETAILS", "ROUTE", "GOALS", "AGREEMENTS" };

	private static final String[] GOAL_CATEGORIES = { "BREAK_SOCIAL_ISOLATION", "DAILY_RHYTHM", "SELF_ESTEEM",
			"VOLUNTEER_WORK", "PAID_WORK", "OTHER" };

	private static final String[] FIVE_DOMAINS = { "WORK", "HEALTH_AND_ADDICTION", "SOCIAL_ENVIRONMENT",
			"HOUSING_AND_FINANCES", "JUSTICE" };

	private static final String[] ZRM = { "FINANCES", "DAY_ACTIVITIES", "HOUSING", "DOMESTIC_RELATIONS",
			"MENTAL_HEALTH", "PHYSICAL_HEALTH", "ADDICTION", "ADL", "SOCIAL_NETWORK", "COMMUNITY_PARTICIPATION",
			"JUSTICE" };

	private static final String[] BUDGET_SOURCES = { "Werkbudget", "Participatiebudget" };

	/** Trajectory outcomes: codes of client.api.Outcome. */
	private static final String[] OUTCOMES = { "SOCIAL_ACTIVATION", "REINTEGRATION", "VOLUNTEER_WORK", "PAID_WORK",
			"DROPPED_OUT", "OTHER" };

	/**
	 * Referral outcomes: codes of client.api.Outcome, picked from the referral's id so
	 * that the random sequence (and so the rest of the data) stays as it was.
	 */
	private static final String[] REFERRAL_OUTCOMES = { "PAID_WORK", "VOLUNTEER_WORK", "SOCIAL_ACTIVATION",
			"DAY_ACTIVITIES", "EDUCATION", "CARE", "NO_CHANGE", "DROPPED_OUT", "MOVED", "OTHER" };

	private static final String[] SIGNAL_KINDS = { "PSYCHIATRIC", "ADDICTION", "BOTH" };

	private final Random random = new Random(20261202);

	private final Tables tables;

	private final double[] familyWeights;

	private int bsnSequence;

	private Generate(CopyManager copy) {
		this.tables = new Tables(copy);
		this.familyWeights = new double[Names.FAMILY.size()];
		double sum = 0;
		for (int i = 0; i < this.familyWeights.length; i++) {
			sum += 1.0 / (i + 1);
			this.familyWeights[i] = sum;
		}
		for (int i = 0; i < this.familyWeights.length; i++) {
			this.familyWeights[i] /= sum;
		}
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("usage: Generate S|M|L|<clients> JDBC_URL USER PASSWORD");
			System.exit(2);
		}
		int clients = clients(args[0]);
		int municipalities = clients >= 1_000_000 ? 25 : clients >= 100_000 ? 10 : 5;
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(args[1], args[2], args[3])) {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select count(*) from client")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new IllegalStateException("the database already holds clients: generate into an empty one");
				}
			}
			Generate generate = new Generate(connection.unwrap(PGConnection.class).getCopyAPI());
			List<UUID> ids = generate.generate(clients, municipalities);
			System.out.println("rows: " + generate.tables);
			System.out.printf("generated %,d clients in %d municipalities in %d s%n", clients, municipalities,
					Duration.ofNanos(System.nanoTime() - started).toSeconds());
			rebuildCounts(connection, ids);
			rebuildFlows(connection);
			rebuildCaseloadColumns(connection);
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze");
			}
		}
		System.out.printf("done in %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	static int clients(String size) {
		return switch (size.toUpperCase()) {
			case "S" -> 10_000;
			case "M" -> 100_000;
			case "L" -> 1_000_000;
			default -> Integer.parseInt(size);
		};
	}

	private List<UUID> generate(int clients, int municipalities) throws SQLException, IOException {
		double harmonic = 0;
		for (int rank = 1; rank <= municipalities; rank++) {
			harmonic += 1.0 / rank;
		}
		List<UUID> ids = new ArrayList<>();
		int made = 0;
		for (int rank = 1; rank <= municipalities; rank++) {
			int size = rank == municipalities ? clients - made : (int) (clients / harmonic / rank);
			ids.add(municipality(rank, size));
			made += size;
		}
		this.tables.flush();
		return ids;
	}

	private UUID municipality(int rank, int size) throws SQLException, IOException {
		UUID municipality = uuid();
		String name = "Benchmarkgemeente " + rank;
		this.tables.row("municipality", "id, code, name", municipality, String.format("BM%03d", rank), name);
		this.tables.row("route_setting", "municipality_id", municipality);
		User coordinator = user(municipality, "bench-" + rank, "Coördinator " + rank, "COORDINATOR", "MANAGER",
				"CONTRACT_MANAGER");
		List<User> consultants = new ArrayList<>();
		for (int i = 0; i < Math.max(1, (size + CLIENTS_PER_CONSULTANT - 1) / CLIENTS_PER_CONSULTANT); i++) {
			consultants.add(user(municipality, "m" + rank + "-consultant-" + (i + 1),
					"Consulent " + rank + "." + (i + 1), "CONSULTANT"));
		}
		List<Institution> institutions = new ArrayList<>();
		for (int i = 0; i < INSTITUTIONS.length; i++) {
			institutions.add(institution(municipality, name, INSTITUTIONS[i], coordinator));
		}
		// Screening: a closed campaign of last year and an open one of this year.
		Campaign[] campaigns = { campaign(municipality, coordinator, LocalDate.of(2025, 2, 1), true),
				campaign(municipality, coordinator, LocalDate.of(2026, 9, 1), false) };
		budgets(municipality, coordinator, size);
		List<Contract> contracts = contracts(municipality, coordinator, institutions, size);
		for (int i = 0; i < size; i++) {
			client(municipality, name, i, consultants.get(i % consultants.size()), coordinator, campaigns,
					institutions, contracts);
			this.tables.flushIfFull();
		}
		return municipality;
	}

	private User user(UUID municipality, String username, String displayName, String... roles) {
		User user = new User(uuid(), username, displayName, String.join(",", roles));
		this.tables.row("app_user",
				"id, municipality_id, username, display_name, password_hash, enabled, version", user.id, municipality,
				username, displayName, PASSWORD_HASH, true, 0);
		for (String role : roles) {
			this.tables.row("app_user_role", "user_id, role", user.id, role);
		}
		return user;
	}

	private Campaign campaign(UUID municipality, User by, LocalDate selectionDate, boolean closed) {
		Campaign campaign = new Campaign(uuid(), selectionDate, closed);
		this.tables.row("screening_campaign",
				"id, municipality_id, name, selection_date, started_by_id, started_by_name, started_at, closed_at",
				campaign.id, municipality, "Herbeoordeling " + selectionDate.getYear(), selectionDate, by.id,
				by.displayName, instant(selectionDate, 9), closed ? instant(selectionDate.plusMonths(5), 17) : null);
		return campaign;
	}

	private void client(UUID municipality, String city, int index, User consultant, User coordinator,
			Campaign[] campaigns, List<Institution> institutions, List<Contract> contracts) {
		UUID client = uuid();
		LocalDate kp4Start = day(FIRST_DAY, LAST_DAY);
		LocalDate benefitStart = kp4Start.minusDays(this.random.nextInt(1500));
		LocalDate born = benefitStart.minusYears(20 + this.random.nextInt(40)).minusDays(this.random.nextInt(365));
		String[] family = index % 5000 == 17 ? new String[] { null, Names.RARE } : familyName();
		String given = Names.GIVEN.get(this.random.nextInt(Names.GIVEN.size()));
		Instant created = new Instant(benefitStart, 10);
		this.tables.row("client",
				"id, municipality_id, bsn, given_name, name_prefix, family_name, date_of_birth, benefit_start_date, "
						+ "street, house_number, postal_code, city, phone, email, household_type, children, "
						+ "case_lead_id, version, created_at, updated_at",
				client, municipality, bsn(this.bsnSequence++), given, family[0], family[1], born, benefitStart,
				Names.STREETS.get(this.random.nextInt(Names.STREETS.size())), 1 + this.random.nextInt(200),
				(1000 + this.random.nextInt(9000)) + " " + (char) ('A' + this.random.nextInt(26))
						+ (char) ('A' + this.random.nextInt(26)),
				city, this.random.nextInt(3) == 0 ? null : "06" + (10_000_000 + this.random.nextInt(89_999_999)),
				this.random.nextInt(4) == 0 ? null : given.toLowerCase() + index + "@example.nl",
				HOUSEHOLDS[this.random.nextInt(HOUSEHOLDS.length)], this.random.nextInt(4), consultant.id, 0,
				created, created);

		List<Period> periods = history(kp4Start);
		routeEvents(client, municipality, consultant, periods);
		for (int i = 0; i < periods.size(); i++) {
			Period period = periods.get(i);
			boolean handedOver = i == periods.size() - 1 && period.until != null && period.route.equals("TOWARDS_KP3");
			this.tables.row("route_period", "client_id, municipality_id, route, valid_from, valid_until, outcome",
					client, municipality, period.route, period.from, period.until,
					handedOver ? "REINTEGRATION" : null);
		}
		LocalDate kp4End = periods.get(periods.size() - 1).until;
		LocalDate until = kp4End == null ? TODAY : kp4End;
		this.tables.row("exemption",
				"id, client_id, municipality_id, origin, valid_from, valid_until, reason, recorded_by_name, recorded_at",
				uuid(), client, municipality, "KP4_DECISION", kp4Start, kp4End, "Klantprofiel 4", consultant.displayName,
				new Instant(kp4Start, 11));

		List<LocalDate> seen = conversations(client, municipality, consultant, kp4Start, until, kp4End == null);
		tasks(client, municipality, consultant, periods, kp4End == null);
		assessments(client, municipality, consultant, kp4Start, until);
		goalsAndAgreements(client, municipality, consultant, kp4Start, until);
		if (this.random.nextInt(50) == 0) {
			measure(client, municipality, consultant, coordinator, until);
		}
		for (Campaign campaign : campaigns) {
			screening(client, campaign, consultant, periods);
		}
		if (this.random.nextInt(10) < 3) {
			consentAndReferral(client, municipality, consultant, institutions.get(this.random.nextInt(institutions.size())),
					kp4Start, until);
		}
		if (this.random.nextInt(100) < 8) {
			trajectory(client, municipality, consultant, coordinator, contracts, kp4Start, until);
		}
		if (this.random.nextInt(100) < 3) {
			signal(client, municipality, consultant, coordinator, day(kp4Start, until.plusDays(1)));
		}
		if (this.random.nextInt(100) < 2) {
			adviceRequest(client, municipality, consultant, coordinator, day(kp4Start, until.plusDays(1)));
		}
		for (LocalDate day : seen) {
			this.tables.row("access_log_entry",
					"occurred_at, user_id, username, user_display_name, roles, municipality_id, client_id, action, "
							+ "purpose, outcome, remote_address",
					new Instant(day, 9 + this.random.nextInt(8)), consultant.id, consultant.username,
					consultant.displayName, consultant.roles, municipality, client, "READ",
					"GET /clients/" + client, "SUCCESS", "127.0.0.1");
		}
	}

	/**
	 * A KP4 profile decision, a route change for each later period, reviews of care support
	 * and a handover or another profile at the end.
	 */
	private void routeEvents(UUID client, UUID municipality, User author, List<Period> periods) {
		Period first = periods.get(0);
		routeEvent(client, municipality, author, "PROFILE_DECISION", "KP4", null, null, first.from, null, null);
		for (int i = 0; i < periods.size(); i++) {
			Period period = periods.get(i);
			if (i > 0) {
				LocalDate reviewDate = period.route.equals("REST") ? (period.until == null
						? period.from.plusMonths(12) : period.until) : null;
				routeEvent(client, municipality, author, "ROUTE_CHANGE", null, period.route, null, period.from,
						reviewDate, null);
			}
			if (period.route.equals("CARE_SUPPORT")) {
				LocalDate end = period.until == null ? TODAY : period.until;
				for (LocalDate review = period.from.plusMonths(6); review.isBefore(end); review = review.plusMonths(6)) {
					routeEvent(client, municipality, author, "REVIEW", null, null, "KEEP_CARE_SUPPORT", review, null,
							null);
				}
			}
			if (period.until != null && i == periods.size() - 1) {
				if (period.route.equals("TOWARDS_KP3")) {
					routeEvent(client, municipality, author, "HANDOVER", null, null, null, period.until, null,
							"Werkbedrijf");
				}
				else {
					routeEvent(client, municipality, author, "PROFILE_DECISION", "KP3", null, null, period.until, null,
							null);
				}
			}
		}
	}

	private void routeEvent(UUID client, UUID municipality, User author, String kind, String profile, String route,
			String reviewDecision, LocalDate effective, LocalDate reviewDate, String organisation) {
		this.tables.row("route_event",
				"id, client_id, municipality_id, kind, profile, route, review_decision, effective_date, review_date, "
						+ "organisation, reason, outcome, withdrawn, author_id, author_name, recorded_at",
				uuid(), client, municipality, kind, profile, route, reviewDecision, effective, reviewDate, organisation,
				"Besproken in het klantoverleg", kind.equals("HANDOVER") ? "REINTEGRATION" : null, false, author.id,
				author.displayName,
				new Instant(effective, 14 + this.random.nextInt(3)));
	}

	/**
	 * Appointments (about one a quarter while in KP4, at most 24) with their events and
	 * outcomes, a few contacts and outreach after a no-show; returns the days the consultant
	 * read the file.
	 */
	private List<LocalDate> conversations(UUID client, UUID municipality, User consultant, LocalDate from,
			LocalDate until, boolean current) {
		List<LocalDate> seen = new ArrayList<>();
		long days = Math.max(1, ChronoUnit.DAYS.between(from, until));
		int appointments = (int) Math.min(24, 1 + days / 91);
		long step = days / appointments;
		for (int i = 0; i < appointments; i++) {
			LocalDate day = from.plusDays(i * step + this.random.nextInt((int) Math.max(1, Math.min(step, 20))));
			LocalDateTime planned = day.atTime(9 + this.random.nextInt(8), this.random.nextBoolean() ? 0 : 30);
			int draw = this.random.nextInt(100);
			String status = draw < 75 ? "HELD" : draw < 87 ? "NO_SHOW" : draw < 92 ? "REFUSED" : "CANCELLED";
			UUID appointment = uuid();
			this.tables.row("appointment",
					"id, municipality_id, client_id, consultant_id, consultant_name, planned_at, channel, location, "
							+ "status, summary, next_step, planned_by_name, recorded_at",
					appointment, municipality, client, consultant.id, consultant.displayName, planned,
					CHANNELS[this.random.nextInt(CHANNELS.length)], "Stadskantoor", status,
					status.equals("HELD") ? "Gesprek gevoerd over dagbesteding en gezondheid" : null,
					status.equals("HELD") ? "Volgende afspraak over drie maanden" : null, consultant.displayName,
					new Instant(day.minusDays(14), 11));
			appointmentEvent(appointment, "PLANNED", planned, consultant, day.minusDays(14));
			appointmentEvent(appointment, status, planned, consultant, day);
			if (status.equals("NO_SHOW") || status.equals("REFUSED")) {
				this.tables.row("measure_fact",
						"source_id, kind, client_id, municipality_id, occurred_on, valid_reason, description",
						appointment, status.equals("NO_SHOW") ? "NO_SHOW" : "REFUSAL", client, municipality, day,
						this.random.nextInt(3) == 0, "Niet verschenen op de afspraak");
				this.tables.row("outreach_attempt",
						"id, municipality_id, client_id, method, result, attempted_on, note, author_id, author_name, "
								+ "recorded_at",
						uuid(), municipality, client, this.random.nextBoolean() ? "PHONE" : "LETTER",
						this.random.nextInt(3) == 0 ? "NO_RESPONSE" : "CONTACT_RESTORED", day.plusDays(2), null,
						consultant.id, consultant.displayName, new Instant(day.plusDays(2), 10));
			}
			if (!status.equals("CANCELLED")) {
				seen.add(day);
			}
		}
		if (current) {
			LocalDate day = TODAY.plusDays(7 + this.random.nextInt(60));
			UUID appointment = uuid();
			LocalDateTime planned = day.atTime(10, 0);
			this.tables.row("appointment",
					"id, municipality_id, client_id, consultant_id, consultant_name, planned_at, channel, location, "
							+ "status, planned_by_name, recorded_at",
					appointment, municipality, client, consultant.id, consultant.displayName, planned, "FACE_TO_FACE",
					"Stadskantoor", "PLANNED", consultant.displayName, new Instant(TODAY, 11));
			appointmentEvent(appointment, "PLANNED", planned, consultant, TODAY);
		}
		int contacts = (int) Math.min(12, days / 365 + this.random.nextInt(3));
		for (int i = 0; i < contacts; i++) {
			LocalDate day = day(from, until.plusDays(1));
			this.tables.row("contact",
					"id, municipality_id, client_id, occurred_at, channel, summary, refused, author_id, author_name, "
							+ "recorded_at",
					uuid(), municipality, client, day.atTime(11, 15), "PHONE", "Telefonisch contact over de voortgang",
					false, consultant.id, consultant.displayName, new Instant(day, 12));
			seen.add(day);
		}
		return seen;
	}

	private void appointmentEvent(UUID appointment, String kind, LocalDateTime planned, User author, LocalDate on) {
		this.tables.row("appointment_event",
				"id, appointment_id, kind, planned_at, author_id, author_name, recorded_at", uuid(), appointment, kind,
				planned, author.id, author.displayName, new Instant(on, 16));
	}

	private void tasks(UUID client, UUID municipality, User consultant, List<Period> periods, boolean current) {
		for (Period period : periods) {
			String type = period.route.equals("REST") ? "REST_REVIEW"
					: period.route.equals("CARE_SUPPORT") ? "CARE_REVIEW" : null;
			if (type == null) {
				continue;
			}
			if (period.until != null) {
				this.tables.row("task",
						"id, municipality_id, client_id, type, due_date, assignee_id, status, created_at, closed_at, "
								+ "closed_by",
						uuid(), municipality, client, type, period.until.minusDays(14), consultant.id, "DONE",
						new Instant(period.from, 8), new Instant(period.until.minusDays(10), 15), consultant.id);
			}
			else if (current) {
				LocalDate due = period.route.equals("REST") ? period.from.plusMonths(12).minusDays(14)
						: TODAY.plusDays(this.random.nextInt(90));
				this.tables.row("task",
						"id, municipality_id, client_id, type, due_date, assignee_id, status, created_at", uuid(),
						municipality, client, type, due, consultant.id, "OPEN", new Instant(period.from, 8));
			}
		}
	}

	/**
	 * The five-domain questionnaire at intake, then a ZRM about once a year (at most five).
	 */
	private void assessments(UUID client, UUID municipality, User author, LocalDate from, LocalDate until) {
		assessment(client, municipality, author, "FIVE_DOMAINS", FIVE_DOMAINS, from.plusDays(10));
		int count = 0;
		for (LocalDate day = from.plusMonths(2); day.isBefore(until) && count < 5; day = day.plusMonths(12)) {
			assessment(client, municipality, author, "ZRM", ZRM, day);
			count++;
		}
	}

	private void assessment(UUID client, UUID municipality, User author, String instrument, String[] domains,
			LocalDate on) {
		UUID id = uuid();
		this.tables.row("assessment",
				"id, client_id, municipality_id, instrument_code, assessed_on, notes, author_id, author_name, "
						+ "recorded_at, version",
				id, client, municipality, instrument, on, null, author.id, author.displayName, new Instant(on, 13), 0);
		for (String domain : domains) {
			this.tables.row("assessment_score", "assessment_id, domain_code, score", id, domain,
					1 + this.random.nextInt(5));
		}
	}

	private void goalsAndAgreements(UUID client, UUID municipality, User author, LocalDate from, LocalDate until) {
		int goals = 1 + this.random.nextInt(3);
		for (int i = 0; i < goals; i++) {
			LocalDate start = day(from, until.plusDays(1));
			UUID goal = uuid();
			this.tables.row("goal",
					"id, municipality_id, client_id, category, description, start_date, author_id, author_name, "
							+ "recorded_at, version",
					goal, municipality, client, GOAL_CATEGORIES[this.random.nextInt(GOAL_CATEGORIES.length)],
					"Elke week naar de dagbesteding", start, author.id, author.displayName, new Instant(start, 12), 0);
			goalStatus(goal, "ACTIVE", start, "Doel gesteld", author);
			int notes = this.random.nextInt(4);
			for (int n = 0; n < notes; n++) {
				LocalDate noted = day(start, until.plusDays(1));
				this.tables.row("goal_progress",
						"id, goal_id, noted_on, note, author_id, author_name, recorded_at", uuid(), goal, noted,
						"Gaat de goede kant op", author.id, author.displayName, new Instant(noted, 15));
			}
			if (this.random.nextInt(3) == 0 && start.isBefore(until)) {
				LocalDate end = day(start, until.plusDays(1));
				goalStatus(goal, this.random.nextBoolean() ? "ACHIEVED" : "STOPPED", end, "Afgerond", author);
			}
		}
		int agreements = this.random.nextInt(4);
		for (int i = 0; i < agreements; i++) {
			LocalDate made = day(from, until.plusDays(1));
			UUID agreement = uuid();
			boolean costBearing = this.random.nextInt(5) == 0;
			this.tables.row("agreement",
					"id, municipality_id, client_id, description, made_on, provision, cost_bearing, author_id, "
							+ "author_name, recorded_at",
					agreement, municipality, client, "Meldt zich wekelijks bij de dagbesteding", made,
					costBearing ? "Dagbesteding De Brug" : null, costBearing, author.id, author.displayName,
					new Instant(made, 12));
			if (this.random.nextInt(4) != 0) {
				boolean kept = this.random.nextInt(5) != 0;
				LocalDate on = made.plusDays(30 + this.random.nextInt(60));
				UUID outcome = uuid();
				this.tables.row("agreement_outcome",
						"id, agreement_id, outcome, outcome_on, valid_reason, explanation, author_id, author_name, "
								+ "recorded_at",
						outcome, agreement, kept ? "KEPT" : "BROKEN", on, kept ? null : this.random.nextBoolean(),
						kept ? null : "Niet gekomen zonder bericht", author.id, author.displayName, new Instant(on, 12));
				if (!kept) {
					this.tables.row("measure_fact",
							"source_id, kind, client_id, municipality_id, occurred_on, tied_to_provision, description",
							agreement, "BROKEN_AGREEMENT", client, municipality, on, costBearing,
							"Afspraak niet nagekomen");
				}
			}
		}
	}

	private void goalStatus(UUID goal, String status, LocalDate on, String reason, User author) {
		this.tables.row("goal_status_change",
				"id, goal_id, status, changed_on, reason, author_id, author_name, recorded_at", uuid(), goal, status, on,
				reason, author.id, author.displayName, new Instant(on, 12));
	}

	private void measure(UUID client, UUID municipality, User consultant, User coordinator, LocalDate until) {
		LocalDate proposed = until.minusDays(this.random.nextInt(300));
		int draw = this.random.nextInt(10);
		String status = draw < 2 ? "PROPOSED" : draw < 8 ? "APPROVED" : "REJECTED";
		boolean decided = !status.equals("PROPOSED");
		this.tables.row("measure",
				"id, client_id, municipality_id, ground, justification, backing, proposed_by_id, proposed_by_name, "
						+ "proposed_at, status, decided_by_id, decided_by_name, decided_at, decision_note",
				uuid(), client, municipality, "REFUSES_CONVERSATION", "Weigert herhaaldelijk het gesprek",
				"Drie afspraken niet verschenen", consultant.id, consultant.displayName, new Instant(proposed, 10),
				status, decided ? coordinator.id : null, decided ? coordinator.displayName : null,
				decided ? new Instant(proposed.plusDays(7), 10) : null, decided ? "Besproken" : null);
	}

	/**
	 * An institution on the social map (organisation, location, service) with a
	 * data-sharing agreement.
	 */
	private Institution institution(UUID municipality, String city, String[] spec, User by) {
		UUID id = uuid();
		this.tables.row("organisation", "id, municipality_id, name", id, municipality, spec[0]);
		this.tables.row("map_organisation",
				"id, municipality_id, name, kind, description, website, email, phone, verified_on", id, municipality,
				spec[0], spec[1], "Ondersteuning in " + city, "https://example.nl", "info@example.nl", "0301234567",
				TODAY.minusMonths(3));
		UUID location = uuid();
		this.tables.row("map_location", "id, organisation_id, name, address, postal_code, city", location, id,
				"Hoofdvestiging", "Markt 1", "1234 AB", city);
		UUID service = uuid();
		this.tables.row("map_service",
				"id, organisation_id, municipality_id, name, category, description, location_id, verified_on", service,
				id, municipality, spec[0] + " begeleiding", spec[2], "Begeleiding", location, TODAY.minusMonths(3));
		UUID agreement = uuid();
		this.tables.row("sharing_agreement",
				"id, municipality_id, organisation_id, legal_basis, purpose, valid_from, recorded_by_name, recorded_at",
				agreement, municipality, id, "Convenant gegevensdeling", "Begeleiding van klanten", FIRST_DAY,
				by.displayName, new Instant(FIRST_DAY, 9));
		for (String category : SHARED) {
			this.tables.row("sharing_agreement_category", "agreement_id, category", agreement, category);
		}
		return new Institution(id, service, spec[0], spec[1]);
	}

	/**
	 * Consent to share with an institution (now and then withdrawn) and a referral to its
	 * service with its status history and a progress note.
	 */
	private void consentAndReferral(UUID client, UUID municipality, User consultant, Institution institution,
			LocalDate from, LocalDate until) {
		LocalDate on = day(from, until.plusDays(1));
		UUID consent = uuid();
		boolean withdrawn = this.random.nextInt(10) == 0;
		this.tables.row("consent",
				"id, client_id, municipality_id, organisation_id, valid_from, recorded_by_name, recorded_at, "
						+ "withdrawn_at, withdrawn_by_name, withdrawal_reason",
				consent, client, municipality, institution.id, on, consultant.displayName, new Instant(on, 10),
				withdrawn ? new Instant(on.plusDays(60), 10) : null, withdrawn ? consultant.displayName : null,
				withdrawn ? "Klant trekt toestemming in" : null);
		for (String category : SHARED) {
			this.tables.row("consent_category", "consent_id, category", consent, category);
		}
		String[] path = { "PROPOSED", "SENT", "ACCEPTED", "STARTED", "ENDED" };
		int reached = 1 + this.random.nextInt(path.length);
		UUID referral = uuid();
		String outcome = path[reached - 1].equals("ENDED")
				? REFERRAL_OUTCOMES[Math.floorMod(referral.hashCode(), REFERRAL_OUTCOMES.length)] : null;
		this.tables.row("referral",
				"id, municipality_id, client_id, service_id, organisation_id, reason, follow_up_on, status, "
						+ "created_by, created_at, outcome",
				referral, municipality, client, institution.service, institution.id, "Ondersteuning nodig",
				on.plusDays(42), path[reached - 1], consultant.id, new Instant(on, 11), outcome);
		for (String category : SHARED) {
			this.tables.row("referral_category", "referral_id, category", referral, category);
		}
		for (int i = 0; i < reached; i++) {
			this.tables.row("referral_status",
					"id, referral_id, status, outcome, note, author_id, author_name, recorded_at", uuid(), referral,
					path[i], path[i].equals("ENDED") ? outcome : null, null, consultant.id, consultant.displayName,
					new Instant(on.plusDays(7L * i), 11));
		}
		if (reached >= 4) {
			this.tables.row("referral_note",
					"id, referral_id, kind, noted_on, text, author_id, author_name, recorded_at", uuid(), referral,
					"PROGRESS", on.plusDays(40), "Komt trouw naar de begeleiding", consultant.id,
					consultant.displayName, new Instant(on.plusDays(40), 15));
		}
	}

	/**
	 * The Werkbudget and the participation budget for the last three years, about 300 euros
	 * per client a year, with a part reserved for KP4.
	 */
	private void budgets(UUID municipality, User by, int size) {
		for (int year = TODAY.getYear() - 2; year <= TODAY.getYear(); year++) {
			for (String source : BUDGET_SOURCES) {
				BigDecimal amount = BigDecimal.valueOf(300L * size + 10_000);
				this.tables.row("budget",
						"id, municipality_id, source, year, amount, reservation_percentage, version, created_by, "
								+ "created_at",
						uuid(), municipality, source, year, amount, source.equals(BUDGET_SOURCES[0]) ? 60 : null, 0,
						by.id, new Instant(LocalDate.of(year - 1, 12, 1), 10));
			}
		}
	}

	/**
	 * Per provider on the social map, a contract of last year paid per year and one of this
	 * year paid per phase, with places for about one client in 40.
	 */
	private List<Contract> contracts(UUID municipality, User by, List<Institution> institutions, int size) {
		List<Contract> contracts = new ArrayList<>();
		int year = TODAY.getYear();
		for (Institution provider : institutions) {
			if (!provider.kind.equals("PROVIDER")) {
				continue;
			}
			for (int y = year - 1; y <= year; y++) {
				boolean phases = y == year;
				Contract contract = new Contract(uuid(), provider.id, BigDecimal.valueOf(phases ? 4800 : 5355),
						LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), phases);
				this.tables.row("contract",
						"id, municipality_id, provider_id, name, lot, places, price, budget_source, schedule_kind, "
								+ "nomination_from, nomination_until, max_months, aftercare_months, warning_days, "
								+ "exceptions_need_approval, version, created_by, created_at",
						contract.id, municipality, provider.id, "Activering " + y + " " + provider.name, "Perceel 1",
						Math.max(20, size / 40), contract.price, BUDGET_SOURCES[0], phases ? "PHASES" : "YEARS",
						contract.from, contract.until, 12, 3, 60, false, 0, by.id, new Instant(contract.from.minusDays(30), 10));
				if (phases) {
					this.tables.row("contract_phase", "contract_id, number, name", contract.id, 1, "Intake");
					this.tables.row("contract_phase", "contract_id, number, name", contract.id, 2, "Activering");
					this.tables.row("contract_payment", "contract_id, phase, share", contract.id, 1, 40);
					this.tables.row("contract_payment", "contract_id, phase, share", contract.id, 2, 60);
				}
				else {
					this.tables.row("contract_payment", "contract_id, year, share", contract.id, y, 50);
					this.tables.row("contract_payment", "contract_id, year, share", contract.id, y + 1, 50);
				}
				this.tables.row("contract_route", "contract_id, route", contract.id, "CARE_SUPPORT");
				this.tables.row("contract_route", "contract_id, route", contract.id, "REST");
				for (int month = 3; month <= 12 && LocalDate.of(y, month, 15).isBefore(TODAY); month += 3) {
					LocalDate paid = LocalDate.of(y, month, 15);
					this.tables.row("budget_payment",
							"id, municipality_id, source, year, amount, contract_id, paid_on, reference, recorded_by, "
									+ "recorded_at",
							uuid(), municipality, BUDGET_SOURCES[0], y, contract.price.multiply(BigDecimal.valueOf(2)),
							contract.id, paid, "F" + y + "-" + month, by.id, new Instant(paid, 11));
				}
				contracts.add(contract);
			}
		}
		return contracts;
	}

	/**
	 * A trajectory under a contract whose nomination window falls in the client's KP4
	 * years: nominated, then accepted, started, in a phase, ended or declined, with the
	 * money committed per year or phase.
	 */
	private void trajectory(UUID client, UUID municipality, User consultant, User coordinator, List<Contract> contracts,
			LocalDate kp4Start, LocalDate until) {
		List<Contract> open = contracts.stream()
			.filter(c -> !c.from.isAfter(until) && !c.until.isBefore(kp4Start) && c.from.isBefore(TODAY))
			.toList();
		if (open.isEmpty()) {
			return;
		}
		Contract contract = open.get(this.random.nextInt(open.size()));
		LocalDate first = kp4Start.isAfter(contract.from) ? kp4Start : contract.from;
		LocalDate last = until.isBefore(contract.until) ? until : contract.until;
		LocalDate nominated = day(first, (last.isAfter(TODAY) ? TODAY : last).plusDays(1));
		int draw = this.random.nextInt(100);
		String status = draw < 10 ? "NOMINATED" : draw < 18 ? "DECLINED" : draw < 23 ? "WITHDRAWN"
				: draw < 30 ? "ACCEPTED" : draw < 70 ? "STARTED" : "ENDED";
		LocalDate accepted = nominated.plusDays(7);
		LocalDate started = nominated.plusDays(21);
		boolean begun = status.equals("STARTED") || status.equals("ENDED");
		if (begun && !started.isBefore(TODAY)) {
			status = "ACCEPTED";
			begun = false;
		}
		LocalDate ended = begun ? started.plusMonths(3 + this.random.nextInt(9)) : null;
		if (status.equals("ENDED") && !ended.isBefore(TODAY)) {
			status = "STARTED";
		}
		boolean isEnded = status.equals("ENDED");
		int phase = contract.phases && begun && started.plusMonths(2).isBefore(TODAY) ? 2 : 1;
		String outcome = isEnded ? OUTCOMES[this.random.nextInt(OUTCOMES.length)] : null;
		UUID id = uuid();
		this.tables.row("trajectory",
				"id, municipality_id, contract_id, client_id, status, nominated_on, nominated_by, motivation, "
						+ "started_on, phase, phase_since, ended_on, outcome, aftercare_until, version, created_at",
				id, municipality, contract.id, client, status, nominated, consultant.id,
				"Past bij de doelen van de klant", begun ? started : null, begun ? phase : null,
				begun ? (phase == 2 ? started.plusMonths(2) : started) : null, isEnded ? ended : null, outcome,
				isEnded ? ended.plusMonths(3) : null, 0, new Instant(nominated, 10));
		trajectoryEvent(id, "NOMINATED", nominated, null, null, consultant);
		switch (status) {
			case "DECLINED" -> trajectoryEvent(id, "DECLINED", accepted, null, null, coordinator);
			case "WITHDRAWN" -> trajectoryEvent(id, "WITHDRAWN", accepted, null, null, consultant);
			case "ACCEPTED", "STARTED", "ENDED" -> trajectoryEvent(id, "ACCEPTED", accepted, null, null, coordinator);
			default -> {
			}
		}
		if (begun) {
			trajectoryEvent(id, "STARTED", started, 1, null, coordinator);
			if (phase == 2) {
				trajectoryEvent(id, "PHASE", started.plusMonths(2), 2, null, coordinator);
			}
			trajectoryEvent(id, "REPORT", started.plusMonths(1), null, null, coordinator);
		}
		if (isEnded) {
			trajectoryEvent(id, "ENDED", ended, null, outcome, coordinator);
		}
		boolean released = status.equals("DECLINED") || status.equals("WITHDRAWN");
		for (int line = 1; line <= 2; line++) {
			BigDecimal share = BigDecimal.valueOf(contract.phases ? (line == 1 ? 40 : 60) : 50);
			this.tables.row("budget_commitment",
					"id, municipality_id, source, year, amount, contract_id, trajectory_id, phase, created_at, "
							+ "released_at",
					uuid(), municipality, BUDGET_SOURCES[0],
					contract.phases ? contract.from.getYear() : contract.from.getYear() + line - 1,
					contract.price.multiply(share).movePointLeft(2), contract.id, id, contract.phases ? line : null,
					new Instant(nominated, 10), released ? new Instant(accepted, 10) : null);
		}
	}

	private void trajectoryEvent(UUID trajectory, String kind, LocalDate on, Integer phase, String outcome, User by) {
		this.tables.row("trajectory_event",
				"id, trajectory_id, kind, occurred_on, phase, outcome, author_id, author_name, recorded_at", uuid(),
				trajectory, kind, on, phase, outcome, by.id, by.displayName, new Instant(on, 15));
	}

	/**
	 * A signal of psychiatric or addiction problems to the coordination point, with one or
	 * two follow-ups.
	 */
	private void signal(UUID client, UUID municipality, User consultant, User coordinator, LocalDate on) {
		UUID id = uuid();
		int draw = this.random.nextInt(3);
		String status = draw == 0 ? "NEW" : draw == 1 ? "IN_PROGRESS" : "CLOSED";
		this.tables.row("coordination_signal",
				"id, municipality_id, client_id, kind, observation, observed_on, status, raised_by_id, "
						+ "raised_by_name, raised_at",
				id, municipality, client, SIGNAL_KINDS[this.random.nextInt(SIGNAL_KINDS.length)],
				"Lijkt verward tijdens het gesprek", on, status, consultant.id, consultant.displayName,
				new Instant(on, 12));
		if (draw >= 1) {
			followUp(id, on.plusDays(3), "IN_PROGRESS", coordinator);
		}
		if (draw == 2) {
			followUp(id, on.plusDays(30), "CLOSED", coordinator);
		}
	}

	private void followUp(UUID signal, LocalDate on, String status, User by) {
		this.tables.row("coordination_follow_up",
				"signal_id, noted_on, status, note, author_id, author_name, recorded_at", signal, on, status,
				"Contact gelegd met de huisarts", by.id, by.displayName, new Instant(on, 14));
	}

	/**
	 * A consultant's question to the coordination point about a client, mostly answered.
	 */
	private void adviceRequest(UUID client, UUID municipality, User consultant, User coordinator, LocalDate on) {
		int draw = this.random.nextInt(3);
		String status = draw == 0 ? "OPEN" : draw == 1 ? "ANSWERED" : "CLOSED";
		boolean answered = draw >= 1;
		this.tables.row("advice_request",
				"id, municipality_id, origin, client_id, question, asked_by_id, asked_by_name, asked_at, status, "
						+ "answer, answered_by_id, answered_by_name, answered_at, closed_at",
				uuid(), municipality, "CONSULTANT", client, "Welke zorg past bij deze klant?", consultant.id,
				consultant.displayName, new Instant(on, 10), status, answered ? "Verwijs naar de wijk-GGZ" : null,
				answered ? coordinator.id : null, answered ? coordinator.displayName : null,
				answered ? new Instant(on.plusDays(2), 10) : null, draw == 2 ? new Instant(on.plusDays(9), 10) : null);
	}

	/**
	 * Clients on care support or rest on the selection date are selected; a closed campaign
	 * has examined them all, an open one about 60 %.
	 */
	private void screening(UUID client, Campaign campaign, User consultant, List<Period> periods) {
		for (Period period : periods) {
			boolean covers = !period.from.isAfter(campaign.selectionDate)
					&& (period.until == null || period.until.isAfter(campaign.selectionDate));
			if (covers && (period.route.equals("CARE_SUPPORT") || period.route.equals("REST"))) {
				boolean examined = campaign.closed || this.random.nextInt(10) < 6;
				int draw = this.random.nextInt(10);
				String outcome = !examined ? null : draw < 7 ? "NO_CHANGE" : draw < 9 ? "POSSIBLY_KP3"
						: "OTHER_ROUTE_ADVISED";
				this.tables.row("screening_item",
						"campaign_id, client_id, outcome, advised_route, note, examined_by_id, examined_by_name, "
								+ "examined_at",
						campaign.id, client, outcome, "OTHER_ROUTE_ADVISED".equals(outcome) ? "CARE_SUPPORT" : null,
						null, examined ? consultant.id : null, examined ? consultant.displayName : null,
						examined ? new Instant(campaign.selectionDate.plusDays(this.random.nextInt(120)), 14) : null);
				return;
			}
		}
	}

	/**
	 * The same history as the route report's own benchmark generator: some months under
	 * investigation, then care support, rest or towards KP3 for months to years at a time;
	 * towards KP3 ends in a handover, and now and then a client leaves KP4 altogether.
	 */
	private List<Period> history(LocalDate start) {
		List<Period> periods = new ArrayList<>();
		String route = "INVESTIGATION";
		LocalDate from = start;
		while (true) {
			LocalDate until = from.plusDays(route.equals("INVESTIGATION") || route.equals("TOWARDS_KP3")
					? 30 + this.random.nextInt(150) : 90 + this.random.nextInt(800));
			if (until.isAfter(LAST_DAY)) {
				periods.add(new Period(route, from, null));
				return periods;
			}
			periods.add(new Period(route, from, until));
			if (route.equals("TOWARDS_KP3") || this.random.nextInt(100) < 6) {
				return periods;
			}
			route = next(route);
			from = until;
		}
	}

	private String next(String current) {
		while (true) {
			int draw = this.random.nextInt(100);
			String next = draw < 40 ? "CARE_SUPPORT" : draw < 80 ? "REST" : "TOWARDS_KP3";
			if (!next.equals(current)) {
				return next;
			}
		}
	}

	private String[] familyName() {
		if (this.random.nextInt(10) < 3) {
			// the long tail: names that few clients share
			String name = Names.SYLLABLES.get(this.random.nextInt(Names.SYLLABLES.size()))
					+ Names.SYLLABLES.get(this.random.nextInt(Names.SYLLABLES.size()))
					+ Names.SYLLABLES.get(this.random.nextInt(Names.SYLLABLES.size()));
			return new String[] { null, Character.toUpperCase(name.charAt(0)) + name.substring(1) };
		}
		double draw = this.random.nextDouble();
		for (int i = 0; i < this.familyWeights.length; i++) {
			if (draw < this.familyWeights[i]) {
				return Names.FAMILY.get(i);
			}
		}
		return Names.FAMILY.get(0);
	}

	private LocalDate day(LocalDate from, LocalDate until) {
		long days = ChronoUnit.DAYS.between(from, until);
		return days <= 0 ? from : from.plusDays(this.random.nextLong(days));
	}

	private UUID uuid() {
		long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
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

	/**
	 * Rebuilds the route report's count tables from route_period, as the route report's own
	 * benchmark does: the deltas per day and route, then the yearly snapshots per
	 * municipality (the same statement as RouteCountDeltas.rebuildYears, years 1990 - 2060).
	 */
	static void rebuildCounts(Connection connection, List<UUID> municipalities) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					insert into route_count_delta (municipality_id, day, route, delta)
					select municipality_id, day, route, sum(delta) from (
					    select municipality_id, valid_from as day, route, 1 as delta from route_period
					    union all
					    select municipality_id, valid_until, route, -1 from route_period where valid_until is not null
					) changes
					group by municipality_id, day, route
					having sum(delta) <> 0""");
		}
		for (UUID municipality : municipalities) {
			try (var statement = connection.prepareStatement("""
					insert into route_count_year (municipality_id, year_start, route, count)
					select ?, make_date(year, 1, 1), route,
					       coalesce((select sum(delta) from route_count_delta d
					                 where d.municipality_id = ? and d.route = routes.route
					                   and d.day < make_date(year, 1, 1)), 0)
					from generate_series(1990, 2060) year,
					     (values ('INVESTIGATION'), ('TOWARDS_KP3'), ('CARE_SUPPORT'), ('REST')) routes (route)
					on conflict do nothing""")) {
				statement.setObject(1, municipality);
				statement.setObject(2, municipality);
				statement.executeUpdate();
			}
		}
	}

	/**
	 * Fills the caseload's columns (route today, next review, next appointment, last
	 * contact) from the generated rows: the statements of V54__caseload_columns.sql, which
	 * ran on the empty database before the data was generated.
	 */
	static void rebuildCaseloadColumns(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					update client c
					set caseload_route = p.route
					from route_period p
					where p.client_id = c.id and p.valid_from <= current_date and (p.valid_until is null or p.valid_until > current_date)""");
			statement.execute("""
					update client c
					set next_review = t.due
					from (select client_id, min(due_date) as due from task
					      where status = 'OPEN' and type in ('REST_REVIEW', 'CARE_REVIEW') group by client_id) t
					where t.client_id = c.id""");
			statement.execute("""
					update client c
					set next_appointment = a.planned
					from (select client_id, min(planned_at) as planned from appointment where status = 'PLANNED' group by client_id) a
					where a.client_id = c.id""");
			statement.execute("""
					update client c
					set last_contact = l.last
					from (select client_id, max(at) as last from (
					          select client_id, planned_at as at from appointment where status = 'HELD'
					          union all
					          select client_id, occurred_at from contact where not refused) contacts
					      group by client_id) l
					where l.client_id = c.id""");
		}
	}

	/**
	 * Rebuilds the flows report's table from route_period and route_event: the statement of
	 * V43__route_flows.sql, which ran on the empty database before the data was generated.
	 */
	static void rebuildFlows(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					insert into route_flow_day (municipality_id, day, source, target, count)
					select municipality_id, day, source, target, count(*)::int
					from (
					    select p.municipality_id, p.valid_from as day, coalesce(previous.route, 'NEW') as source,
					           p.route as target
					    from route_period p
					    left join route_period previous
					           on previous.client_id = p.client_id and previous.valid_until = p.valid_from
					    union all
					    select p.municipality_id, p.valid_until, p.route,
					           case e.kind when 'HANDOVER' then 'LEFT_HANDOVER' when 'OUTFLOW' then 'LEFT_BENEFIT'
					                else 'LEFT_PROFILE' end
					    from route_period p
					    left join lateral (
					        select x.kind from route_event x
					        where x.client_id = p.client_id and x.effective_date = p.valid_until
					          and x.kind in ('OUTFLOW', 'HANDOVER') and not x.withdrawn
					          and not exists (select 1 from route_event c where c.corrects_id = x.id)
					        order by x.kind limit 1) e on true
					    where p.valid_until is not null
					      and not exists (select 1 from route_period n
					                      where n.client_id = p.client_id and n.valid_from = p.valid_until)
					) flows
					group by municipality_id, day, source, target""");
		}
	}

	private static String instant(LocalDate day, int hour) {
		return day.atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private record Period(String route, LocalDate from, LocalDate until) {
	}

	private record User(UUID id, String username, String displayName, String roles) {
	}

	private record Institution(UUID id, UUID service, String name, String kind) {
	}

	private record Contract(UUID id, UUID provider, BigDecimal price, LocalDate from, LocalDate until,
			boolean phases) {
	}

	private record Campaign(UUID id, LocalDate selectionDate, boolean closed) {
	}

	/**
	 * An instant on a day at an hour (UTC), written as PostgreSQL reads it.
	 */
	private record Instant(LocalDate day, int hour) {

		@Override
		public String toString() {
			return instant(this.day, this.hour);
		}

	}

	/**
	 * Rows per table in CSV, sent with COPY in the order the tables were first used (which is
	 * the order of their foreign keys) when the buffers grow large.
	 */
	private static final class Tables {

		private static final int LIMIT = 32 * 1024 * 1024;

		private final CopyManager copy;

		/** Per table, in the order of first use: per column list, the rows. */
		private final Map<String, Map<String, StringBuilder>> buffers = new LinkedHashMap<>();

		private final Map<String, Long> counts = new LinkedHashMap<>();

		private long size;

		Tables(CopyManager copy) {
			this.copy = copy;
		}

		void row(String table, String columns, Object... values) {
			StringBuilder out = this.buffers.computeIfAbsent(table, key -> new LinkedHashMap<>())
				.computeIfAbsent(columns, key -> new StringBuilder());
			int before = out.length();
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				Object value = values[i];
				if (value instanceof String text) {
					out.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				else if (value != null) {
					out.append(value);
				}
			}
			out.append('\n');
			this.size += out.length() - before;
			this.counts.merge(table, 1L, Long::sum);
		}

		void flushIfFull() throws SQLException, IOException {
			if (this.size > LIMIT) {
				flush();
			}
		}

		void flush() throws SQLException, IOException {
			for (Map.Entry<String, Map<String, StringBuilder>> table : this.buffers.entrySet()) {
				for (Map.Entry<String, StringBuilder> columns : table.getValue().entrySet()) {
					StringBuilder rows = columns.getValue();
					if (rows.length() > 0) {
						this.copy.copyIn("copy " + table.getKey() + " (" + columns.getKey() + ") from stdin with (format csv)",
								new StringReader(rows.toString()));
						rows.setLength(0);
					}
				}
			}
			this.size = 0;
		}

		@Override
		public String toString() {
			return this.counts.toString();
		}

	}

}
