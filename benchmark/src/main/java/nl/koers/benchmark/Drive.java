package nl.koers.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The load driver: measures Koers's reads and reports over HTTP against the targets,
 * with {@code pgbench -S} on the same database before and after as the yardstick, and writes
 * {@code benchmark/target/results-<size>.md}.
 *
 * <p>
 * Usage: {@code Drive SIZE BASE_URL USER PASSWORD JDBC_URL DB_USER DB_PASSWORD}, BASE_URL the
 * API's root ({@code http://localhost:18080/api/v1}), USER a coordinator made by
 * {@link Generate} ({@code bench-1}). The database connection picks the clients, BSNs and
 * campaigns to ask for, and times the straightforward route count that P3 is compared with.
 * Environment: {@code BENCHMARK_SECONDS} per measurement (default 20), {@code BENCHMARK_THREADS}
 * for the saturation run and pgbench (default 8), {@code PGBENCH} the pgbench binary.
 *
 * <p>
 * Every measurement is bounded in time and in count; latencies are of single requests at one
 * connection (sequential), after a warm-up.
 */
public final class Drive {

	/** The client file as a system reads it: the client and every section the API offers. */
	static final List<String> CLIENT_FILE = List.of("/clients/%s", "/clients/%s/history", "/clients/%s/assessments",
			"/clients/%s/appointments", "/clients/%s/contacts", "/clients/%s/goals", "/clients/%s/agreements",
			"/clients/%s/exemptions", "/clients/%s/measures", "/clients/%s/consents", "/referrals?clientId=%s",
			"/trajectories?clientId=%s", "/clients/%s/timeline");

	private static final int MAX_REQUESTS = 2_000;

	private static final int WARM_UP = 5;

	/** Rows of the import file of P4. */
	private static final int IMPORT_ROWS = 20_000;

	private final String base;

	private final String authorization;

	private final String password;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Duration duration;

	private final int threads;

	private final Random random = new Random(20261202);

	private final List<String> errors = new ArrayList<>();

	private Drive(String base, String user, String password, Duration duration, int threads) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.authorization = authorization(user, password);
		this.password = password;
		this.duration = duration;
		this.threads = threads;
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 7) {
			System.err.println("usage: Drive SIZE BASE_URL USER PASSWORD JDBC_URL DB_USER DB_PASSWORD");
			System.exit(2);
		}
		String size = args[0];
		Duration seconds = Duration.ofSeconds(Long.parseLong(env("BENCHMARK_SECONDS", "20")));
		int threads = Integer.parseInt(env("BENCHMARK_THREADS", "8"));
		Drive drive = new Drive(args[1], args[2], args[3], seconds, threads);
		try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
			String report = drive.run(size, args[2], db, new PgBench(args[4], args[5], args[6], threads, seconds));
			Path out = Path.of("benchmark", "target", "results-" + size + ".md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println(report);
			System.out.println("written to " + out);
		}
		if (!drive.errors.isEmpty()) {
			System.err.println(drive.errors.size() + " request(s) failed: see the report");
			System.exit(1);
		}
	}

	private String run(String size, String user, Connection db, PgBench pgbench) throws Exception {
		String uptimeBefore = command("uptime");
		String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
		UUID municipality = single(db, "select municipality_id from app_user where username = ?", user);
		List<String[]> clients = rows(db,
				"select id::text, bsn from client where municipality_id = ? order by id limit 500", municipality);
		List<String[]> campaigns = rows(db,
				"select id::text, '' from screening_campaign where municipality_id = ? order by selection_date desc",
				municipality);
		String dataSet = dataSet(db, municipality);

		System.out.println("pgbench -S before");
		double pgbenchBefore = pgbench.run();
		List<Row> rows = new ArrayList<>();

		// P1: the client file, every request of it, at one connection.
		Result p1 = sequential("P1 client file, per request", i -> {
			String id = clients.get((i / CLIENT_FILE.size()) % clients.size())[0];
			return get(CLIENT_FILE.get(i % CLIENT_FILE.size()).formatted(id));
		});
		rows.add(new Row("P1 client file (13 requests), p99 per request", "≤ 20 ms", p1.p(99), 20, true, p1));
		Result whole = wholeFiles("P1 whole client file", clients);
		rows.add(new Row("P1 whole client file, p95 (informative)", "–", whole.p(95), Double.NaN, true, whole));

		// P2: searches.
		Result bsn = sequential("P2 BSN search",
				i -> post("/clients/search", "{\"bsn\":\"" + clients.get(i % clients.size())[1] + "\"}"));
		rows.add(new Row("P2 BSN search, p99", "≤ 10 ms", bsn.p(99), 10, true, bsn));
		for (String[] name : new String[][] { { "commonest family name", Names.COMMONEST },
				{ "rare family name", Names.RARE }, { "two-letter prefix", Names.PREFIX },
				{ "no match", Names.NO_MATCH } }) {
			Result result = sequential("P2 name search, " + name[0],
					i -> post("/clients/search", "{\"name\":\"" + name[1] + "\"}"));
			rows.add(new Row("P2 name search, " + name[0] + " (\"" + name[1] + "\"), p95", "≤ 50 ms", result.p(95),
					50, true, result));
		}

		// P3: the route report, against the straightforward query.
		Result report = sequential("P3 route report", i -> get("/reports/routes?date=" + randomDate()));
		rows.add(new Row("P3 route report over HTTP, p95", "≤ 20 ms", report.p(95), 20, true, report));
		Result straight = straightforward(db, municipality);
		double share = report.p(95) / straight.p(95);
		rows.add(new Row("P3 route report p95 ÷ straightforward query p95 (" + fmt(straight.p(95)) + " ms)",
				"≤ 0.05", share, 0.05, true, null));

		// P5: the management reports.
		int year = LocalDate.now().getYear();
		targets(db, municipality, user, year);
		String[][] reports = { { "budget report", "/reports/budget?year=" + year },
				{ "contract monitoring", "/reports/contracts" }, { "measures per year", "/reports/measures" },
				{ "screening progress",
						campaigns.isEmpty() ? "/screening-campaigns" : "/screening-campaigns/" + campaigns.get(0)[0] },
				{ "flows over a year", "/reports/flows?from=" + (year - 1) + "-01-01&until=" + (year - 1) + "-12-31" },
				{ "flows over a quarter", "/reports/flows?from=" + year + "-04-01&until=" + year + "-06-30" },
				{ "targets today", "/reports/targets?date=" + LocalDate.now() },
				{ "targets at the end of last year", "/reports/targets?date=" + (year - 1) + "-12-31" } };
		for (String[] r : reports) {
			Result result = sequential("P5 " + r[0], i -> get(r[1]));
			rows.add(new Row("P5 " + r[0] + ", p95", "≤ 100 ms", result.p(95), 100, true, result));
		}
		Result work = sequential("P5 work per consultant and team", i -> get("/reports/work?date=" + LocalDate.now()));
		rows.add(new Row("P5 work per consultant and team, p95 (informative)", "–", work.p(95), Double.NaN, true,
				work));

		// P6: read throughput at saturation, a mix of file, search and report reads.
		Result saturated = concurrent("P6 reads at saturation", i -> {
			int kind = i % 16;
			String[] client = clients.get((i / 16) % clients.size());
			if (kind < CLIENT_FILE.size()) {
				return get(CLIENT_FILE.get(kind).formatted(client[0]));
			}
			if (kind == 13) {
				return post("/clients/search", "{\"bsn\":\"" + client[1] + "\"}");
			}
			if (kind == 14) {
				return post("/clients/search", "{\"name\":\"" + Names.RARE + "\"}");
			}
			return get("/reports/routes?date=" + LocalDate.of(2020, 1, 1).plusDays(i % 2000));
		});

		System.out.println("pgbench -S after");
		double pgbenchAfter = pgbench.run();
		double yardstick = (pgbenchBefore + pgbenchAfter) / 2;
		double target = 0.2 * yardstick;
		rows.add(new Row("P6 read throughput at saturation (" + this.threads + " connections), req/s",
				"≥ 20 % of pgbench -S = " + fmt(target), saturated.throughput(), target, false, saturated));

		// P8: the client file as the browser shows it: the summary page, then each tab as a
		// page of its own; the application's CPU per request from /proc when Koers's pid is known.
		// Measured after the saturation run, so that the JIT's work is done.
		Browser browser = new Browser(this.base.replaceFirst("/api/v1$", ""));
		browser.login(user, this.password);
		// the user leads no client: as a coordinator, they give a reason of access per client first
		List<String[]> opened = clients.subList(0, Math.min(50, clients.size()));
		for (String[] client : opened) {
			browser.giveReason(client[0]);
		}
		List<String> paths = browser.tabPaths(opened.get(0)[0]);
		IntFunction<HttpRequest> file = i -> {
			String id = opened.get((i / (paths.size() + 1)) % opened.size())[0];
			int part = i % (paths.size() + 1);
			return browser.page(part == 0 ? "/clients/" + id : paths.get(part - 1).replace(opened.get(0)[0], id));
		};
		for (int i = 0; i < 10 * (paths.size() + 1); i++) {
			send(file.apply(i), null, "P8 warm-up");
		}
		long cpuBefore = koersCpuNanos();
		Result pages = sequential("P8 client file summary and tabs", file);
		long cpuAfter = koersCpuNanos();
		rows.add(new Row("P8 client file summary and its " + paths.size() + " tabs, p95 per request (informative)",
				"–", pages.p(95), Double.NaN, true, pages));
		if (cpuBefore >= 0 && cpuAfter >= 0) {
			double cpu = (cpuAfter - cpuBefore) / 1e6 / (pages.histogram.getTotalCount() + pages.failed + WARM_UP);
			rows.add(new Row("P8 application CPU per page (Koers's process, all threads)", "≤ 15 ms",
					cpu, 15, true, null));
		}

		// Writes: route changes from four writers, in one municipality and in four.
		Result one = routeChanges("W route changes, 4 writers in one municipality", db, List.of(user, user, user, user));
		rows.add(new Row("W route changes/s, 4 writers in one municipality (informative)", "–", one.throughput(),
				Double.NaN, false, one));
		List<String> four = List.of("bench-1", "bench-2", "bench-3", "bench-4");
		Result apart = routeChanges("W route changes, 4 writers in four municipalities", db, four);
		rows.add(new Row("W route changes/s, 4 writers in four municipalities (informative)", "–", apart.throughput(),
				Double.NaN, false, apart));

		// P4: the import from the income administration, as a system sends it, into the
		// largest municipality: a new file, then the same file again (nothing to change).
		String importer = importer(db, user);
		Browser admin = new Browser(this.base.replaceFirst("/api/v1$", ""));
		admin.login(importer, this.password);
		Integer lastImported = single(db,
				"select max(substr(bsn, 2, 7)::int) from client where municipality_id = ? and bsn like '8%'",
				municipality);
		String importFile = admin.text("/admin/imports/sample.csv?rows=" + IMPORT_ROWS + "&from="
				+ (lastImported == null ? 0 : lastImported + 1));
		double[] first = importRate(importer, importFile);
		rows.add(new Row("P4 import, " + IMPORT_ROWS + " rows (new clients), rows/s", "≥ 2,000", first[0], 2000, false,
				null));
		double[] again = importRate(importer, importFile);
		rows.add(new Row("P4 import of the same file again (nothing changes), rows/s (informative)", "–", again[0],
				Double.NaN, false, null));

		return markdown(size, started, uptimeBefore, command("uptime"), dataSet, pgbenchBefore, pgbenchAfter, rows);
	}

	/**
	 * The municipality's administrator for imports, {@code bench-import-<rank>}, with the
	 * same password as the coordinator; made on the first run.
	 */
	/**
	 * The municipality's targets as Delft set them (four years from the start of last year: a
	 * third to paid work, a third to social activation, everyone in a trajectory or guidance)
	 * plus a handover target and at most a tenth longer than 90 days in investigation; set
	 * once, as a manager would on the targets page.
	 */
	private static void targets(Connection db, UUID municipality, String user, int year) throws SQLException {
		LocalDate from = LocalDate.of(year - 1, 1, 1);
		String[][] targets = { { "PAID_WORK", "33.3", null, null }, { "SOCIAL_ACTIVATION", "33.3", null, null },
				{ "IN_TRAJECTORY_OR_GUIDANCE", "100", null, null }, { "MOVED_TO_KP3", "10", null, null },
				{ "TIME_IN_ROUTE", "10", "INVESTIGATION", "90" } };
		try (var statement = db.prepareStatement("""
				insert into target (id, municipality_id, measure, unit, value, route, max_days, valid_from,
				                    valid_until, created_by, created_at)
				select gen_random_uuid(), ?, ?, 'PERCENT', ?::numeric, ?, ?::integer, ?, ?,
				       (select id from app_user where username = ?), now()
				where not exists (select 1 from target where municipality_id = ? and measure = ?
				                  and withdrawn_at is null)""")) {
			for (String[] target : targets) {
				statement.setObject(1, municipality);
				statement.setString(2, target[0]);
				statement.setString(3, target[1]);
				statement.setString(4, target[2]);
				statement.setString(5, target[3]);
				statement.setObject(6, from);
				statement.setObject(7, from.plusYears(4).minusDays(1));
				statement.setString(8, user);
				statement.setObject(9, municipality);
				statement.setString(10, target[0]);
				statement.executeUpdate();
			}
		}
	}

	private static String importer(Connection db, String coordinator) throws SQLException {
		String username = coordinator.replace("bench-", "bench-import-");
		try (PreparedStatement user = db.prepareStatement("""
				insert into app_user (id, municipality_id, username, display_name, password_hash, enabled, version)
				select gen_random_uuid(), municipality_id, ?, 'Import ' || username, password_hash, true, 0
				from app_user where username = ? on conflict do nothing""");
				PreparedStatement role = db.prepareStatement("""
						insert into app_user_role (user_id, role)
						select id, 'ADMINISTRATOR' from app_user where username = ? on conflict do nothing""")) {
			user.setString(1, username);
			user.setString(2, coordinator);
			user.executeUpdate();
			role.setString(1, username);
			role.executeUpdate();
		}
		return username;
	}

	/**
	 * Imports the file (not a dry run) and waits for it: rows per second from the run's
	 * own start and finish, and the number of rows.
	 */
	private double[] importRate(String importer, String file) throws Exception {
		HttpResponse<String> started = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/imports"))
			.header("Authorization", authorization(importer, this.password))
			.header("Content-Type", "text/csv")
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofString(file))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 202) {
			error("P4 import", "HTTP " + started.statusCode());
			return new double[] { Double.NaN, 0 };
		}
		String location = started.headers().firstValue("Location").orElseThrow();
		String status;
		do {
			Thread.sleep(500);
			status = this.http.send(HttpRequest.newBuilder(URI.create(this.base.replaceFirst("/api/v1$", "") + location))
				.header("Authorization", authorization(importer, this.password))
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		while (status.contains("\"status\":\"RUNNING\""));
		if (!status.contains("\"status\":\"DONE\"") || !status.contains("\"refused\":0")) {
			error("P4 import", "the import did not finish without refusals");
			return new double[] { Double.NaN, 0 };
		}
		Instant from = Instant.parse(field(status, "createdAt"));
		Instant until = Instant.parse(field(status, "finishedAt"));
		return new double[] { IMPORT_ROWS * 1000.0 / Duration.between(from, until).toMillis(), IMPORT_ROWS };
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in the import's answer");
		}
		return matcher.group(1);
	}

	/**
	 * Route changes from one writer per user, each on clients of its own that are in KP4 now,
	 * each change to a route other than the client's current one, from today or the day after
	 * the last change of these clients (an earlier run) on, a client's next change a day
	 * later, at most 14 days later.
	 */
	private Result routeChanges(String name, Connection db, List<String> users) throws Exception {
		System.out.println(name);
		List<List<String[]>> clients = new ArrayList<>();
		for (int w = 0; w < users.size(); w++) {
			String user = users.get(w);
			UUID municipality = single(db, "select municipality_id from app_user where username = ?", user);
			List<String[]> current = rows(db, """
					select client_id::text, route from route_period
					where municipality_id = ? and valid_until is null and route <> 'REST'
					order by client_id limit 2000""", municipality);
			int writers = Collections.frequency(users, user);
			int slot = Collections.frequency(users.subList(0, w), user);
			List<String[]> mine = new ArrayList<>();
			for (int i = slot; i < current.size(); i += writers) {
				mine.add(current.get(i));
			}
			if (mine.isEmpty()) {
				throw new IllegalStateException("no clients in KP4 for " + user);
			}
			clients.add(mine);
		}
		LocalDate from = firstFreeDay(db, clients);
		List<String> auth = users.stream().map(user -> authorization(user, this.password)).toList();
		return parallel(name, users.size(), (worker, i) -> {
			if (i >= MAX_REQUESTS) {
				return null;
			}
			List<String[]> mine = clients.get(worker);
			String[] client = mine.get(i % mine.size());
			client[1] = nextRoute(client[1]);
			// one change per client and day: the route refuses a second on the same date
			LocalDate effective = from.plusDays(Math.min(14, i / mine.size()));
			return HttpRequest.newBuilder(URI.create(this.base + "/clients/" + client[0] + "/route-changes"))
				.header("Authorization", auth.get(worker))
				.header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString("{\"route\":\"" + client[1] + "\",\"effectiveDate\":\""
						+ effective + "\",\"reason\":\"Benchmark\"}"))
				.build();
		});
	}

	/**
	 * Today, or the day after the latest route change of these clients when an earlier run
	 * wrote changes from today on: a route change dated before a client's last is refused.
	 */
	private static LocalDate firstFreeDay(Connection db, List<List<String[]>> clients) throws SQLException {
		Object[] ids = clients.stream().flatMap(List::stream).map(client -> UUID.fromString(client[0])).toArray();
		try (PreparedStatement statement = db
			.prepareStatement("select max(effective_date) from route_event where client_id = any(?)")) {
			statement.setArray(1, db.createArrayOf("uuid", ids));
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				LocalDate last = result.getObject(1, LocalDate.class);
				LocalDate today = LocalDate.now();
				return last == null || last.isBefore(today) ? today : last.plusDays(1);
			}
		}
	}

	/**
	 * The CPU time Koers's process has used (user and system, all threads), from
	 * {@code /proc/<KOERS_PID>/stat}; -1 when the pid is not given.
	 */
	private static long koersCpuNanos() throws IOException {
		String pid = System.getenv("KOERS_PID");
		if (pid == null || pid.isBlank()) {
			return -1;
		}
		String stat = Files.readString(Path.of("/proc", pid, "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		long hertz = Long.parseLong(command("getconf", "CLK_TCK"));
		return ticks * 1_000_000_000L / hertz;
	}

	/**
	 * A browser's session: signs in with the login form (with its CSRF token), then asks
	 * for pages.
	 */
	private final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private static final Pattern TABS = Pattern.compile("class=\"file-tabs\".*?</nav>", Pattern.DOTALL);

		private static final Pattern TAB = Pattern.compile("href=\"(/clients/[^\"]+/[^\"]+)\"");

		private final String root;

		private final CookieManager cookies = new CookieManager();

		private String cookie = "";

		private final HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		Browser(String root) {
			this.root = root;
		}

		void login(String user, String password) throws IOException, InterruptedException {
			HttpResponse<String> response = submit("/login",
					"username=" + encode(user) + "&password=" + encode(password));
			if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
				throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.uri());
			}
			this.cookie = this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
		}

		/** Gives the reason of access "coordination" for a client, as the question page asks. */
		void giveReason(String clientId) throws IOException, InterruptedException {
			HttpResponse<String> response = submit("/clients/" + clientId + "/reason", "reason=COORDINATION");
			if (response.statusCode() != 200 || response.uri().getPath().endsWith("/reason")) {
				throw new IllegalStateException("the reason of access was refused: " + response.statusCode());
			}
		}

		/** Fills in the form at the path as a browser does: with the page's CSRF token. */
		private HttpResponse<String> submit(String path, String fields) throws IOException, InterruptedException {
			String form = this.browser
				.send(HttpRequest.newBuilder(URI.create(this.root + path)).GET().build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = CSRF.matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("the page " + path + " has no CSRF token");
			}
			return this.browser.send(HttpRequest.newBuilder(URI.create(this.root + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + encode(csrf.group(1))))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The paths of the tabs the client file's summary page links to. */
		List<String> tabPaths(String clientId) throws IOException, InterruptedException {
			String page = Drive.this.http.send(page("/clients/" + clientId), HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher tabs = TABS.matcher(page);
			if (!tabs.find()) {
				throw new IllegalStateException("the client file page shows no tabs");
			}
			List<String> paths = new ArrayList<>();
			Matcher matcher = TAB.matcher(tabs.group());
			while (matcher.find()) {
				paths.add(matcher.group(1));
			}
			if (paths.isEmpty()) {
				throw new IllegalStateException("the client file page shows no tabs");
			}
			return paths;
		}

		String text(String path) throws IOException, InterruptedException {
			return Drive.this.http.send(page(path), HttpResponse.BodyHandlers.ofString()).body();
		}

		HttpRequest page(String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.root + path))
				.header("Accept", "text/html")
				.header("Cookie", this.cookie)
				.timeout(Duration.ofSeconds(30))
				.GET();
			return request.build();
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	private static String nextRoute(String current) {
		return switch (current) {
			case "TOWARDS_KP3" -> "CARE_SUPPORT";
			case "CARE_SUPPORT" -> "INVESTIGATION";
			default -> "TOWARDS_KP3";
		};
	}

	private static String authorization(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
	}

	private HttpRequest post(String path, String json) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/**
	 * Requests one after another at one connection, after a warm-up, until the time or
	 * {@value #MAX_REQUESTS} requests are used up.
	 */
	private Result sequential(String name, IntFunction<HttpRequest> requests) {
		System.out.println(name);
		for (int i = 0; i < WARM_UP; i++) {
			send(requests.apply(i), null, name);
		}
		Histogram histogram = new Histogram(60_000_000L, 3);
		long start = System.nanoTime();
		long end = start + this.duration.toNanos();
		int count = 0;
		long failed = 0;
		while (count < MAX_REQUESTS && System.nanoTime() < end) {
			if (!send(requests.apply(WARM_UP + count), histogram, name)) {
				failed++;
			}
			count++;
		}
		return new Result(name, histogram, failed, System.nanoTime() - start);
	}

	/**
	 * Whole client files, one after another: the time from the first request of a file to
	 * the end of its last.
	 */
	private Result wholeFiles(String name, List<String[]> clients) {
		System.out.println(name);
		Histogram files = new Histogram(60_000_000L, 3);
		long start = System.nanoTime();
		long end = start + this.duration.toNanos();
		long failed = 0;
		int count = 0;
		while (count < MAX_REQUESTS / CLIENT_FILE.size() && System.nanoTime() < end) {
			String id = clients.get(count % clients.size())[0];
			long fileStart = System.nanoTime();
			for (String section : CLIENT_FILE) {
				if (!send(get(section.formatted(id)), null, name)) {
					failed++;
				}
			}
			files.recordValue(Math.max(1, (System.nanoTime() - fileStart) / 1_000));
			count++;
		}
		return new Result(name, files, failed, System.nanoTime() - start);
	}

	/**
	 * The same kind of requests from {@code threads} connections at once, for the whole
	 * duration: the throughput and latencies under saturation.
	 */
	private Result concurrent(String name, IntFunction<HttpRequest> requests) throws Exception {
		System.out.println(name);
		for (int i = 0; i < WARM_UP; i++) {
			send(requests.apply(i), null, name);
		}
		AtomicLong sequence = new AtomicLong();
		return parallel(name, this.threads, (worker, i) -> {
			long n = sequence.getAndIncrement();
			return n < MAX_REQUESTS * 10L ? requests.apply((int) n) : null;
		});
	}

	/**
	 * One thread per worker, each sending the requests the function makes for it (worker,
	 * its own count; {@code null} when it is done) until the time is up: the throughput and
	 * latencies of all of them together.
	 */
	private Result parallel(String name, int workers, BiFunction<Integer, Integer, HttpRequest> requests)
			throws Exception {
		Recorder recorder = new Recorder(60_000_000L, 3);
		AtomicLong failed = new AtomicLong();
		long start = System.nanoTime();
		long end = start + this.duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				int worker = w;
				futures.add(pool.submit(() -> {
					for (int i = 0; System.nanoTime() < end; i++) {
						HttpRequest request = requests.apply(worker, i);
						if (request == null) {
							return;
						}
						long began = System.nanoTime();
						if (send(request, null, name)) {
							recorder.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
						}
						else {
							failed.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Result(name, recorder.getIntervalHistogram(), failed.get(), System.nanoTime() - start);
	}

	private boolean send(HttpRequest request, Histogram histogram, String name) {
		long began = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			long micros = Math.max(1, (System.nanoTime() - began) / 1_000);
			if (response.statusCode() / 100 != 2) {
				error(name, request.uri() + " → " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(200, response.body().length())));
				return false;
			}
			if (histogram != null) {
				histogram.recordValue(micros);
			}
			return true;
		}
		catch (IOException ex) {
			error(name, request.uri() + " → " + ex);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private synchronized void error(String name, String message) {
		if (this.errors.size() < 20) {
			this.errors.add(name + ": " + message);
			System.err.println(name + ": " + message);
		}
	}

	/**
	 * The query the route report is compared with: counting the route periods that cover the
	 * date, with the index on route_period, timed over JDBC.
	 */
	private Result straightforward(Connection db, UUID municipality) throws SQLException {
		String name = "P3 straightforward query (JDBC)";
		System.out.println(name);
		Histogram histogram = new Histogram(60_000_000L, 3);
		long start = System.nanoTime();
		long end = start + this.duration.toNanos();
		try (PreparedStatement statement = db.prepareStatement("""
				select route, count(*) from route_period
				where municipality_id = ? and valid_from <= ? and (valid_until is null or valid_until > ?)
				group by route""")) {
			for (int i = 0; i < MAX_REQUESTS && System.nanoTime() < end; i++) {
				LocalDate date = randomDate();
				statement.setObject(1, municipality);
				statement.setObject(2, date);
				statement.setObject(3, date);
				long began = System.nanoTime();
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						rs.getLong(2);
					}
				}
				if (i >= WARM_UP) {
					histogram.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
				}
			}
		}
		return new Result(name, histogram, 0, System.nanoTime() - start);
	}

	private LocalDate randomDate() {
		return Generate.FIRST_DAY.plusDays(
				this.random.nextInt((int) ChronoUnit.DAYS.between(Generate.FIRST_DAY, Generate.LAST_DAY)));
	}

	private String markdown(String size, String started, String uptimeBefore, String uptimeAfter, String dataSet,
			double pgbenchBefore, double pgbenchAfter, List<Row> rows) {
		StringBuilder out = new StringBuilder();
		out.append("# Koers benchmark, size ").append(size).append("\n\n");
		out.append("| | |\n|---|---|\n");
		out.append("| date | ").append(started).append(" |\n");
		out.append("| machine | ").append(command("nproc")).append(" CPUs (").append(cpu()).append("), ")
			.append(memory()).append(" memory; Koers and PostgreSQL on the same machine |\n");
		out.append("| Java | ").append(System.getProperty("java.version")).append(" |\n");
		out.append("| load before (`uptime`) | ").append(uptimeBefore).append(" |\n");
		out.append("| load after (`uptime`) | ").append(uptimeAfter).append(" |\n");
		out.append("| data set | ").append(dataSet).append(" |\n");
		out.append("| yardstick `pgbench -S` | before ").append(fmt(pgbenchBefore)).append(" tps, after ")
			.append(fmt(pgbenchAfter)).append(" tps (").append(this.threads).append(" clients, ")
			.append(this.duration.toSeconds()).append(" s) |\n");
		out.append("| measurement | each up to ").append(this.duration.toSeconds()).append(" s or ")
			.append(MAX_REQUESTS).append(" requests after ").append(WARM_UP)
			.append(" warm-up requests; one connection unless stated |\n\n");
		out.append("## Targets\n\nRatio is figure ÷ target: at most 1 passes for a time, at least 1 for a rate.\n\n");
		out.append("| target | required | figure | ratio | result |\n|---|---|---|---|---|\n");
		for (Row row : rows) {
			boolean informative = Double.isNaN(row.target);
			double ratio = row.figure / row.target;
			boolean pass = row.atMost ? ratio <= 1 : ratio >= 1;
			boolean failedRequests = row.result != null && row.result.failed > 0;
			out.append("| ")
				.append(row.name)
				.append(" | ")
				.append(row.required)
				.append(" | ")
				.append(fmt(row.figure))
				.append(" | ")
				.append(informative ? "–" : String.format(Locale.ROOT, ratio < 0.1 ? "%.4f" : "%.2f", ratio))
				.append(" | ")
				.append(informative ? "–" : failedRequests ? "**fail** (errors)" : pass ? "pass" : "**fail**")
				.append(" |\n");
		}
		out.append("\n## Measurements\n\nTimes in ms.\n\n");
		out.append("| measurement | requests | errors | p50 | p95 | p99 | max | req/s |\n|---|---|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			Result r = row.result;
			if (r == null) {
				continue;
			}
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s |%n", r.name,
					r.histogram.getTotalCount(), r.failed, fmt(r.p(50)), fmt(r.p(95)), fmt(r.p(99)),
					fmt(r.histogram.getMaxValue() / 1000.0), fmt(r.throughput())));
		}
		if (!this.errors.isEmpty()) {
			out.append("\n## First errors\n\n");
			for (String error : this.errors) {
				out.append("- ").append(error.replace("|", "\\|").replace("\n", " ")).append('\n');
			}
		}
		return out.toString();
	}

	private static String dataSet(Connection db, UUID municipality) throws SQLException {
		StringBuilder out = new StringBuilder();
		for (String table : List.of("municipality", "client", "route_event", "route_period", "appointment",
				"contact", "task", "assessment", "goal", "agreement", "screening_item", "access_log_entry")) {
			try (PreparedStatement statement = db
				.prepareStatement("select reltuples::bigint from pg_class where relname = ?")) {
				statement.setString(1, table);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					out.append(String.format(Locale.ROOT, "%s %,d; ", table, rs.getLong(1)));
				}
			}
		}
		long largest = single(db, "select count(*) from client where municipality_id = ?", municipality);
		return out.append(String.format(Locale.ROOT, "measured in the largest municipality (%,d clients)", largest))
			.toString();
	}

	@SuppressWarnings("unchecked")
	private static <T> T single(Connection db, String sql, Object parameter) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("no row for " + sql + " with " + parameter);
				}
				return (T) rs.getObject(1);
			}
		}
	}

	private static List<String[]> rows(Connection db, String sql, Object parameter) throws SQLException {
		List<String[]> rows = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
		}
		return rows;
	}

	private static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(line -> line.startsWith("MemTotal"))
				.map(line -> String.format(Locale.ROOT, "%.1f GiB",
						Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static String command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			process.waitFor();
			return output;
		}
		catch (IOException ex) {
			return "(" + command[0] + " not available)";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "(interrupted)";
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static String fmt(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	private record Row(String name, String required, double figure, double target, boolean atMost, Result result) {
	}

	private record Result(String name, Histogram histogram, long failed, long nanos) {

		/** A percentile in milliseconds. */
		double p(double percentile) {
			return this.histogram.getTotalCount() == 0 ? Double.NaN
					: this.histogram.getValueAtPercentile(percentile) / 1000.0;
		}

		double throughput() {
			return this.histogram.getTotalCount() * 1e9 / this.nanos;
		}

	}

	/**
	 * {@code pgbench -S} (select-only) on the same database, with its own tables (scale 10,
	 * made once by {@code pgbench -i} when missing).
	 */
	private static final class PgBench {

		private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

		private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

		private final String host;

		private final String port;

		private final String database;

		private final String user;

		private final String password;

		private final int clients;

		private final Duration duration;

		private boolean initialised;

		PgBench(String jdbcUrl, String user, String password, int clients, Duration duration) {
			Matcher matcher = URL.matcher(jdbcUrl);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
			}
			this.host = matcher.group(1);
			this.port = matcher.group(2) == null ? "5432" : matcher.group(2);
			this.database = matcher.group(3);
			this.user = user;
			this.password = password;
			this.clients = clients;
			this.duration = duration;
		}

		double run() throws IOException, InterruptedException {
			if (!this.initialised) {
				pgbench("-i", "-s", "10", "-q");
				this.initialised = true;
			}
			String output = pgbench("-S", "-n", "-c", String.valueOf(this.clients), "-j", "2", "-T",
					String.valueOf(this.duration.toSeconds()));
			Matcher matcher = TPS.matcher(output);
			if (!matcher.find()) {
				throw new IllegalStateException("pgbench printed no tps:\n" + output);
			}
			return Double.parseDouble(matcher.group(1));
		}

		private String pgbench(String... options) throws IOException, InterruptedException {
			List<String> command = new ArrayList<>(List.of(binary(), "-h", this.host, "-p", this.port, "-U", this.user));
			command.addAll(List.of(options));
			command.add(this.database);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("PGPASSWORD", this.password);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
			return output;
		}

		private static String binary() throws IOException {
			String configured = System.getenv("PGBENCH");
			if (configured != null && !configured.isBlank()) {
				return configured;
			}
			for (String candidate : List.of("/usr/bin/pgbench", "/usr/local/bin/pgbench")) {
				if (Files.isExecutable(Path.of(candidate))) {
					return candidate;
				}
			}
			try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
				return versions.map(version -> version.resolve("bin/pgbench"))
					.filter(Files::isExecutable)
					.max(Path::compareTo)
					.map(Path::toString)
					.orElse("pgbench");
			}
		}

	}

}
