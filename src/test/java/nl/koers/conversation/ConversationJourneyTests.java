package nl.koers.conversation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.Fixtures;
import nl.koers.PooledTestDataSource;
import nl.koers.identity.CurrentUser;
import nl.koers.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A consultant's week of guidance in Debian's Chromium: plan a conversation, record a
 * no-show, find the outreach task on the worklist, restore contact, plan a home visit and
 * find it in the agenda, record a goal and an agreement, and see it all on the client's
 * timeline. Skipped where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=false" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import({ Fixtures.class, PooledTestDataSource.class })
class ConversationJourneyTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@BeforeAll
	static void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,768",
					"--lang=nl");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void consultantRunsAWeekOfGuidanceAndSeesItAllOnTheTimeline() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality
			.client(consultant, Fixtures.details().name("Wilma", "Oosterhout").caseLead(consultant.id()))
			.id();
		String conversations = "/clients/" + client + "/conversations";
		LocalDate yesterday = LocalDate.now().minusDays(1);
		logIn(consultant);

		open(conversations);
		follow(conversations + "/appointments/new");
		setValue("plannedAt", yesterday + "T10:00");
		new Select(browser.findElement(By.id("channel"))).selectByValue("FACE_TO_FACE");
		type("location", "Gemeentehuis");
		submit();
		waitForPath(conversations);
		assertThat(main().findElement(By.id("planned")).getText()).contains("Gemeentehuis");

		browser.findElement(By.cssSelector("#planned a[href$='/outcome']")).click();
		browser.findElement(By.id("outcome-NO_SHOW")).click();
		submit();
		waitForPath(conversations);
		assertThat(main().findElement(By.id("attention")).getText()).contains("Outreach loopt");

		open("/worklist");
		String due = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(WorkingDays.add(yesterday, 5));
		assertThat(main().getText()).contains("Wilma Oosterhout", "Contact zoeken na niet verschijnen", due);

		open(conversations);
		follow(conversations + "/outreach/new");
		new Select(browser.findElement(By.id("method"))).selectByValue("PHONE");
		new Select(browser.findElement(By.id("result"))).selectByValue("CONTACT_RESTORED");
		setValue("attemptedOn", LocalDate.now().toString());
		type("note", "Teruggebeld, nieuwe afspraak gemaakt");
		submit();
		waitForPath(conversations);
		assertThat(main().findElement(By.id("outreach")).getText()).contains("Contact hersteld");

		open("/worklist");
		assertThat(main().getText()).doesNotContain("Wilma Oosterhout");

		open(conversations);
		follow(conversations + "/appointments/new");
		setValue("plannedAt", LocalDate.now().plusDays(1) + "T14:30");
		new Select(browser.findElement(By.id("channel"))).selectByValue("HOME_VISIT");
		type("location", "Bij Wilma thuis");
		submit();
		waitForPath(conversations);
		open("/agenda?week=" + DateTimeFormatter.ISO_WEEK_DATE.format(LocalDate.now().plusDays(1)).substring(0, 8));
		assertThat(main().getText()).contains("Wilma Oosterhout", "14:30");

		String goals = "/clients/" + client + "/goals";
		open(goals);
		follow(goals + "/new");
		new Select(browser.findElement(By.id("category"))).selectByValue("DAILY_RHYTHM");
		type("description", "Elke ochtend om acht uur op en de hond uitlaten");
		setValue("startDate", LocalDate.now().toString());
		submit();
		waitForPath(goals);

		String agreements = "/clients/" + client + "/agreements";
		open(agreements);
		follow(agreements + "/new");
		type("description", "Twee ochtenden per week naar de dagbesteding");
		setValue("madeOn", LocalDate.now().toString());
		type("provision", "Dagbesteding Welzijn");
		browser.findElement(By.id("costBearing")).click();
		submit();
		waitForPath(agreements);

		open("/clients/" + client + "/timeline");
		assertThat(main().getText()).contains("Niet verschenen op het gesprek met " + consultant.displayName(),
				"Outreach: contact hersteld", "Teruggebeld, nieuwe afspraak gemaakt", "Doel gesteld: dagritme",
				"Elke ochtend om acht uur op en de hond uitlaten", "Afspraak gemaakt",
				"Twee ochtenden per week naar de dagbesteding");
	}

	private void logIn(CurrentUser user) {
		open("/login");
		browser.manage().deleteAllCookies();
		open("/login");
		type("username", user.getUsername());
		type("password", Fixtures.PASSWORD);
		submit();
		waitForPath("/worklist");
	}

	private void follow(String href) {
		browser.findElement(By.cssSelector("main a[href='" + href + "']")).click();
		waitForPath(href);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void setValue(String id, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), value);
	}

	private static void submit() {
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private static WebElement main() {
		return browser.findElement(By.id("main"));
	}

	private void waitForPath(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlToBe("http://localhost:" + this.port + path));
	}

}
