package nl.koers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
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
 * The consultant's main journey in Debian's Chromium: log in, register a client, find
 * them in the caseload and open the file. Skipped where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=false" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import({ Fixtures.class, PooledTestDataSource.class })
class BrowserJourneyTests {

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
	void consultantRegistersAClientAndFindsThemInTheCaseload() {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		String bsn = Fixtures.nextBsn();

		logIn(consultant);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

		browser.findElement(By.cssSelector("nav a[href='/clients/new']")).click();
		type("bsn", bsn);
		type("givenName", "Fatima");
		type("familyName", "El Amrani");
		setDate("dateOfBirth", "1981-04-12");
		setDate("benefitStartDate", "2019-09-01");
		submit();
		waitForPathStartingWith("/clients/");
		assertThat(main().getText()).contains("El Amrani").contains(bsn);

		open("/clients");
		browser.findElement(By.partialLinkText("El Amrani")).click();
		waitForPathStartingWith("/clients/");
		assertThat(main().getText()).contains(bsn).contains("12-04-1981");
	}

	@Test
	void consultantAssessesDecidesKp4MovesTheClientAndHandsThemOver() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality.client(consultant).id();
		logIn(consultant);

		open("/clients/" + client + "/assessments/new");
		setDate("assessedOn", "2020-01-06");
		for (String domain : new String[] { "WORK", "HEALTH_AND_ADDICTION", "SOCIAL_ENVIRONMENT",
				"HOUSING_AND_FINANCES", "JUSTICE" }) {
			browser.findElement(By.id("score-" + domain + "-2")).click();
		}
		submit();
		waitForPath("/clients/" + client + "/assessments");
		assertThat(main().findElements(By.tagName("svg"))).isNotEmpty();

		routeStep(client, "profile", Map.of("profile", "KP4", "effectiveDate", "2020-01-13", "reason", "Screening"));
		routeStep(client, "change", Map.of("route", "REST", "effectiveDate", "2020-03-02", "reviewDate", "2020-09-01",
				"reason", "Eerst rust"));
		routeStep(client, "review", Map.of("decision", "EXTEND_REST", "effectiveDate", "2020-08-17", "reviewDate",
				"2021-03-01", "reason", "Nog niet zover"));
		routeStep(client, "change",
				Map.of("route", "TOWARDS_KP3", "effectiveDate", "2021-03-01", "reason", "Wil aan de slag"));
		routeStep(client, "handover", Map.of("effectiveDate", "2021-04-01", "organisation", "Werkzaam Rivierenland",
				"reason", "KP3-traject"));

		String history = main().getText();
		assertThat(history).contains("Profielbesluit", "Evaluatie", "Overdracht", "Werkzaam Rivierenland", "01-03-2021",
				"Niet in een KP4-route");
		assertThat(main().findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(3 + 5);
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

	/**
	 * Opens the route section, follows the action's button and fills in its form.
	 */
	private void routeStep(UUID client, String action, Map<String, String> fields) {
		open("/clients/" + client + "/route");
		browser.findElement(By.cssSelector("main a[href='/clients/" + client + "/route/" + action + "']")).click();
		fields.forEach((field, value) -> {
			WebElement element = browser.findElement(By.id(field));
			if ("select".equals(element.getTagName())) {
				new Select(element).selectByValue(value);
			}
			else if ("date".equals(element.getAttribute("type"))) {
				setDate(field, value);
			}
			else {
				type(field, value);
			}
		});
		submit();
		waitForPath("/clients/" + client + "/route");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void setDate(String id, String isoDate) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), isoDate);
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

	private void waitForPathStartingWith(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("^http://localhost:" + this.port + path + "[0-9a-f-]{36}$"));
	}

}
