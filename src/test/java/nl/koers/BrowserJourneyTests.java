package nl.koers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

		open("/login");
		type("username", consultant.getUsername());
		type("password", Fixtures.PASSWORD);
		submit();
		waitForPath("/worklist");
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
