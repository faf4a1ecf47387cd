package nl.koers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 A and AA on the main pages of every role (issue 17, part 8): each demo user of
 * the README logs in to the demo data in Debian's Chromium, and axe-core checks every
 * page the role works with; the test fails on any violation and names the rule, its
 * impact and the elements. The pages checked and their headings are written to
 * target/accessibility-report.txt. Skipped where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true",
				// the first context of a test run sets the log format for all;
				// PersonalDataLogTests reads JSON
				"logging.structured.format.console=ecs" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import(PooledTestDataSource.class)
@ExtendWith(BrowserExtension.class)
class AccessibilityJourneyTests {

	/** The README's demo password and second factor. */
	private static final String PASSWORD = "koers-demo";

	private static final String TOTP_SECRET = "KOERSDEMOKOERSDEMOKOERSDEMOKOERS";

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final Map<String, List<String>> REPORT = new LinkedHashMap<>();

	private static Browser browser;

	private final Map<String, List<String>> violations = new LinkedHashMap<>();

	@Test
	void theLoginPage() {
		browser.logOut();
		browser.open("/login");
		check("anonymous", "/login");
		browser.open("/login?error");
		check("anonymous", "/login?error");
		assertNoViolations();
	}

	@Test
	void consultant() {
		browser.logIn("consulent", PASSWORD, "/worklist");
		checkAll("consulent", "/worklist", "/agenda", "/clients", "/clients/search", "/clients/new", "/screening",
				"/social-map", "/coordination/requests", "/purchase-requests", "/reports/routes", "/account/password");
		browser.open("/clients");
		browser.waitFor(By.cssSelector("main td a[href^='/clients/']"));
		String client = browser.links("main a[href^='/clients/']")
			.stream()
			.filter(path -> path.matches("/clients/" + UUID))
			.findFirst()
			.orElseThrow();
		checkAll("consulent", client);
		for (String section : List.of("route", "assessments", "conversations", "goals", "agreements", "referrals",
				"trajectories", "obligations", "consents", "household", "benefits", "timeline", "coordination",
				"documents", "changes")) {
			checkAll("consulent", client + "/" + section);
		}
		assertNoViolations();
	}

	/**
	 * The main menu's groups open and close with the keyboard: Enter on a group's name
	 * opens it, its links follow with Tab, Escape closes it and returns to the name.
	 */
	@Test
	void theMenuWorksWithTheKeyboard() {
		browser.logIn("consulent", PASSWORD, "/worklist");
		By clients = By.cssSelector("nav details.nav-group:has(a[href='/clients']) > summary");
		browser.press(clients, Keys.ENTER);
		assertThat(browser.has(By.cssSelector("nav details.nav-group[open] a[href='/clients/search']"))).isTrue();
		assertThat(browser.focused().getText()).isEqualTo("Cliënten");
		browser.press(clients, Keys.TAB);
		assertThat(browser.focused().getAttribute("href")).endsWith("/clients");
		browser.press(By.cssSelector("nav a[href='/clients']"), Keys.ESCAPE);
		assertThat(browser.has(By.cssSelector("nav details.nav-group[open]"))).isFalse();
		assertThat(browser.focused().getText()).isEqualTo("Cliënten");
		browser.press(clients, Keys.SPACE);
		assertThat(browser.has(By.cssSelector("nav details.nav-group[open]"))).isTrue();
		check("consulent", "/worklist (menu opened with the keyboard)");
		assertNoViolations();
	}

	@Test
	void coordinator() {
		browser.logIn("coordinator", PASSWORD, "/coordination");
		checkAll("coordinator", "/coordination", "/worklist", "/agenda", "/clients", "/screening", "/social-map",
				"/reports/routes", "/reports/work", "/reports/measures");
		checkFirst("coordinator", "/screening", "/screening/");
		checkFirst("coordinator", "/social-map", "/social-map/organisations/");
		// a client the coordinator does not lead: the question of the reason of access
		// first
		browser.open("/clients");
		browser.waitFor(By.cssSelector("main td a[href^='/clients/']"));
		String client = browser.links("main a[href^='/clients/']")
			.stream()
			.filter(path -> path.matches("/clients/" + UUID))
			.findFirst()
			.orElseThrow();
		browser.open(client);
		browser.waitForText(By.cssSelector("main h1"), "Waarom open je dit dossier?");
		check("coordinator", client + "/reason");
		browser.click(By.id("reason-COORDINATION"));
		browser.submit();
		browser.waitForPath(client);
		check("coordinator", client + " (after the reason)");
		checkAll("coordinator", client + "/access-request", client + "/legal-hold");
		assertNoViolations();
	}

	@Test
	void contractManager() {
		browser.logIn("contractbeheer", PASSWORD, "/reports");
		checkAll("contractbeheer", "/reports", "/contracts", "/contracts/approvals", "/budgets", "/purchase-requests");
		checkFirst("contractbeheer", "/contracts", "/contracts/");
		checkAll("contractbeheer", "/contracts/monitoring");
		checkFirst("contractbeheer", "/budgets", "/budgets/");
		assertNoViolations();
	}

	@Test
	void manager() {
		browser.logIn("manager", PASSWORD, "/reports");
		check("manager", "/reports");
		Set<String> reports = new LinkedHashSet<>(browser.links("main a[href^='/reports/']"));
		reports.removeIf(path -> path.matches(".*\\.(csv|xlsx)(\\?.*)?$"));
		checkAll("manager", reports.toArray(String[]::new));
		checkAll("manager", "/contracts", "/budgets", "/screening");
		assertNoViolations();
	}

	@Test
	void institutionWorker() {
		browser.logIn("instelling", PASSWORD, "/referrals");
		checkAll("instelling", "/referrals", "/trajectories");
		checkFirst("instelling", "/referrals", "/referrals/");
		checkFirst("instelling", "/trajectories", "/trajectories/");
		assertNoViolations();
	}

	@Test
	void administrator() {
		browser.logInWithSecondFactor("beheerder", PASSWORD, TOTP_SECRET, "/");
		checkAll("beheerder", "/", "/admin/users", "/admin/users/new", "/admin/systems", "/admin/systems/new",
				"/admin/imports", "/admin/route-settings", "/admin/letters", "/privacy/retention", "/account/password",
				"/account/second-factor");
		checkFirst("beheerder", "/admin/users", "/admin/users/");
		checkFirst("beheerder", "/admin/systems", "/admin/systems/");
		assertNoViolations();
	}

	@Test
	void auditor() {
		browser.logInWithSecondFactor("auditor", PASSWORD, TOTP_SECRET, "/");
		checkAll("auditor", "/", "/access-log", "/access-log/reasons", "/privacy/retention");
		assertNoViolations();
	}

	@AfterAll
	static void writeReport() throws IOException {
		StringBuilder text = new StringBuilder();
		REPORT.forEach((role, pages) -> {
			text.append(role).append('\n');
			pages.forEach(page -> text.append("  ").append(page).append('\n'));
		});
		Files.writeString(Path.of("target", "accessibility-report.txt"), text);
	}

	private void checkAll(String role, String... paths) {
		for (String path : paths) {
			browser.open(path);
			check(role, path);
		}
	}

	/**
	 * Opens the list and checks the first item on it (or its first page, such as a form
	 * to change it) under the path.
	 */
	private void checkFirst(String role, String list, String itemPrefix) {
		browser.open(list);
		List<String> items = browser.links("main a[href^='" + itemPrefix + "']")
			.stream()
			.filter(path -> path.matches("^" + itemPrefix + UUID + "(/[a-z-]+)?$"))
			.toList();
		assertThat(items).as("an item on %s", list).isNotEmpty();
		checkAll(role, items.get(0));
	}

	private void check(String role, String page) {
		browser.waitUntilQuiet();
		browser.screenshot((role + page).replaceAll("[^a-zA-Z0-9-]+", "_"));
		List<String> found = browser.accessibilityViolations();
		String heading = browser.heading();
		REPORT.computeIfAbsent(role, key -> new ArrayList<>())
			.add(page + "  [" + heading + "]  " + (found.isEmpty() ? "ok" : found.size() + " violation(s)"));
		if (!found.isEmpty()) {
			this.violations.put(role + " " + page + " (" + browser.path() + ")", found);
		}
	}

	private void assertNoViolations() {
		StringBuilder message = new StringBuilder();
		this.violations
			.forEach((page, found) -> message.append('\n').append(page).append(":\n").append(String.join("\n", found)));
		assertThat(this.violations).as("WCAG 2.1 A/AA violations (axe-core):%s", message).isEmpty();
	}

}
