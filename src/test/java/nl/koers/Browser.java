package nl.koers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import nl.koers.identity.api.CurrentUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless and in Dutch, driven through Selenium for the browser
 * journeys (see {@link BrowserExtension} for a machine without it). Fields are found by
 * id, forms are the ones in {@code main}.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private int port;

	private Browser(WebDriver driver) {
		this.driver = driver;
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	public static Browser start() {
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,768",
					"--lang=nl");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new Browser(new ChromeDriver(service, options));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	/**
	 * Points the browser at the test's server; call before each journey.
	 */
	public Browser at(int port) {
		this.port = port;
		return this;
	}

	/**
	 * Logs in afresh and waits for the home page a consultant lands on.
	 */
	public void logIn(CurrentUser user) {
		logIn(user, "/worklist");
	}

	/**
	 * Logs in afresh and waits for the user's home page.
	 */
	public void logIn(CurrentUser user, String home) {
		open("/login");
		this.driver.manage().deleteAllCookies();
		open("/login");
		type("username", user.getUsername());
		type("password", Fixtures.PASSWORD);
		submit();
		waitForPath(home);
	}

	/**
	 * Logs in afresh with the password and then a code of the user's TOTP secret, and
	 * waits for the user's home page.
	 */
	public void logInWithSecondFactor(CurrentUser user, String secret, String home) {
		open("/login");
		this.driver.manage().deleteAllCookies();
		open("/login");
		type("username", user.getUsername());
		type("password", Fixtures.PASSWORD);
		submit();
		waitForPath("/second-factor");
		type("code", SecondFactorCodes.next(secret));
		submit();
		waitForPath(home);
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	/**
	 * Clicks the link in {@code main} to the address and waits until it is open.
	 */
	public void follow(String href) {
		this.driver.findElement(By.cssSelector("main a[href='" + href + "']")).click();
		waitForPath(href);
	}

	public void click(By by) {
		this.driver.findElement(by).click();
	}

	public void type(String id, String text) {
		type(By.id(id), text);
	}

	/**
	 * Sets a value the way a date or date-time picker would, which typing cannot do
	 * reliably in every locale.
	 */
	public void setValue(String id, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), value);
	}

	/**
	 * Types into a field found otherwise than by id, such as one row of a table of
	 * inputs.
	 */
	public void type(By by, String text) {
		onField(by, field -> {
			field.clear();
			field.sendKeys(text);
		});
	}

	public void select(String id, String value) {
		onField(By.id(id), field -> new Select(field).selectByValue(value));
	}

	/**
	 * Acts on a field once it is on the page, again if the page was replaced meanwhile (a
	 * form that posts and comes back holds a field of the same id).
	 */
	private void onField(By by, Consumer<WebElement> action) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(driver -> {
				action.accept(driver.findElement(by));
				return true;
			});
	}

	/**
	 * Fills a field by id, whatever its kind.
	 */
	public void fill(String id, String value) {
		WebElement element = this.driver.findElement(By.id(id));
		if ("select".equals(element.getTagName())) {
			select(id, value);
		}
		else if ("date".equals(element.getAttribute("type"))) {
			setValue(id, value);
		}
		else {
			type(id, value);
		}
	}

	/**
	 * Clicks a button of a form that posts and waits until the next page has replaced
	 * this one, also when it has the same path (post, redirect, get).
	 */
	public void clickAndWaitForNextPage(By by) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		click(by);
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	public void submit() {
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	public WebElement main() {
		return this.driver.findElement(By.id("main"));
	}

	public String lang() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	/**
	 * The element once it is on the page, for pages reached by a redirect.
	 */
	public WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	/**
	 * Waits until the page at the path is open; a fragment (the item a save highlights,
	 * {@code #appointment-…}) may follow.
	 */
	public void waitForPath(String path) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("^" + Pattern.quote(url(path)) + "(#[\\w-]*)?$"));
	}

	/**
	 * Waits until {@code main} shows the text, for a page reloaded after a form.
	 */
	public void waitForText(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), text));
	}

	/**
	 * Waits until the element shows the text: found again on every try, so that an
	 * element of the page being left (or swapped by htmx) is never read stale.
	 */
	public void waitForText(By by, String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	/**
	 * The path of the page now open.
	 */
	public String path() {
		return this.driver.getCurrentUrl().substring(url("").length());
	}

	public void waitForPathStartingWith(String path) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("^" + url(path) + "[0-9a-f-]{36}$"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Sets the size of the browser's window, such as a laptop's 1366×768.
	 */
	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * Runs a script in the page and gives its result (a number comes back as a
	 * {@code Long} or {@code Double}).
	 */
	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Saves a screenshot, for a person to look at what a journey saw.
	 */
	public void screenshot(Path file) {
		try {
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
