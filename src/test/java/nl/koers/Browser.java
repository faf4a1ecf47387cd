package nl.koers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
		logIn(user.getUsername(), Fixtures.PASSWORD, home);
	}

	/**
	 * Logs in afresh by name and password (a demo user, say) and waits for the home page.
	 */
	public void logIn(String username, String password, String home) {
		open("/login");
		this.driver.manage().deleteAllCookies();
		open("/login");
		type("username", username);
		type("password", password);
		submit();
		waitForPath(home);
	}

	/**
	 * Logs in afresh with the password and then a code of the user's TOTP secret, and
	 * waits for the user's home page.
	 */
	public void logInWithSecondFactor(CurrentUser user, String secret, String home) {
		logInWithSecondFactor(user.getUsername(), Fixtures.PASSWORD, secret, home);
	}

	/**
	 * Logs in afresh by name, password and a code of the TOTP secret, and waits for the
	 * home page.
	 */
	public void logInWithSecondFactor(String username, String password, String secret, String home) {
		open("/login");
		this.driver.manage().deleteAllCookies();
		open("/login");
		type("username", username);
		type("password", password);
		submit();
		waitForPath("/second-factor");
		type("code", SecondFactorCodes.next(secret));
		submit();
		waitForPath(home);
	}

	/**
	 * Forgets the session: the next page is seen as by someone not logged in.
	 */
	public void logOut() {
		open("/login");
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * Sends keys to the element as a keyboard user would, such as Enter on a menu's name.
	 */
	public void press(By by, CharSequence... keys) {
		this.driver.findElement(by).sendKeys(keys);
	}

	/**
	 * Whether an element is on the page now.
	 */
	public boolean has(By by) {
		return !this.driver.findElements(by).isEmpty();
	}

	/**
	 * The element that has the keyboard focus.
	 */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	/**
	 * Clicks the link in {@code main} to the address and waits until it is open.
	 */
	public void follow(String href) {
		click(By.cssSelector("main a[href='" + href + "']"));
		waitForPath(href);
	}

	/**
	 * Follows a link of the main menu as a user would: opens its group first when it is
	 * in one.
	 */
	public void navigate(String href) {
		By group = By.xpath("//nav//details[.//a[@href='" + href + "']]");
		for (WebElement details : this.driver.findElements(group)) {
			if (details.getAttribute("open") == null) {
				details.findElement(By.tagName("summary")).click();
			}
		}
		click(By.cssSelector("nav a[href='" + href + "']"));
		waitForPath(href);
	}

	/**
	 * Clicks the element as soon as the page shows it: looked up again on every try for
	 * up to ten seconds, as the page just opened can still be taking the place of the one
	 * before (CI once missed a link that the finished page did show).
	 */
	public void click(By by) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				driver.findElement(by).click();
				return true;
			});
	}

	/**
	 * Clicks and agrees to the question the page asks before an irreversible step (a form
	 * with {@code data-confirm}).
	 */
	public void clickAndConfirm(By by) {
		click(by);
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
	}

	public void type(String id, String text) {
		type(By.id(id), text);
	}

	/**
	 * Sets a value the way a date or date-time picker would, which typing cannot do
	 * reliably in every locale.
	 */
	public void setValue(String id, String value) {
		onField(By.id(id), field -> ((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].value = arguments[1]", field, value));
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
		WebElement element = waitFor(By.id(id));
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
		click(By.cssSelector("main form button[type=submit]"));
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

	/**
	 * The paths of the links that the CSS selector finds, in page order: to open a client
	 * file or a contract found on a list.
	 */
	public List<String> links(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector))
			.stream()
			.map(link -> link.getAttribute("href"))
			.filter(href -> href != null && href.startsWith(url("/")))
			.map(href -> href.substring(url("").length()))
			.toList();
	}

	/**
	 * Fails when axe-core finds a WCAG 2.1 A or AA violation on the page now open, with
	 * each violation's rule, impact and the elements it concerns.
	 */
	public void assertAccessible() {
		waitUntilQuiet();
		List<String> violations = accessibilityViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(path() + ": " + violations.size() + " accessibility violation(s) (WCAG 2.1 A/AA, "
					+ "axe-core)\n" + String.join("\n", violations));
		}
	}

	/**
	 * The WCAG 2.1 A and AA violations that axe-core finds on the page now open, one line
	 * each: rule, impact, help text and the CSS selectors of the elements. axe-core comes
	 * from the test classpath (unpacked by Maven from the npm registry) and is run
	 * through WebDriver, which the page's Content-Security-Policy does not stop.
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object'"))) {
			script.executeScript(AxeSource.SOURCE);
		}
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object result = script.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
						resultTypes: ['violations'] })
					.then(function (results) {
						done(results.violations.map(function (violation) {
							return { id: violation.id, impact: violation.impact || '', help: violation.help,
								targets: violation.nodes.map(function (node) { return node.target.join(' '); }) };
						}));
					}, function (error) { done('axe-core failed: ' + error); });
				""");
		if (result instanceof String failure) {
			throw new IllegalStateException(failure);
		}
		return ((List<Map<String, Object>>) result).stream()
			.map(violation -> "- " + violation.get("id") + " (" + violation.get("impact") + "): "
					+ violation.get("help") + "\n    at "
					+ String.join("\n    at ", (List<String>) violation.get("targets")))
			.toList();
	}

	/**
	 * Waits until the page has loaded and htmx has no request under way (sections that
	 * load on their own).
	 */
	public void waitUntilQuiet() {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
					"return document.readyState === 'complete' " + "&& !document.querySelector('.htmx-request')")));
	}

	/**
	 * Where the browser is and what it shows, for the message of a failed journey: the
	 * path, the first heading and the start of {@code main}'s text (synthetic test data).
	 */
	public String describe() {
		try {
			List<WebElement> main = this.driver.findElements(By.id("main"));
			String text = main.isEmpty() ? "(no main)" : main.get(0).getText().replaceAll("\\s+", " ");
			return "on " + path() + " «" + heading() + "»: " + text.substring(0, Math.min(text.length(), 300));
		}
		catch (RuntimeException ex) {
			return "page not readable: " + ex.getClass().getSimpleName();
		}
	}

	/**
	 * The text of the page's first heading, to tell what was checked.
	 */
	public String heading() {
		List<WebElement> headings = this.driver.findElements(By.tagName("h1"));
		return headings.isEmpty() ? "" : headings.get(0).getText();
	}

	/**
	 * Saves a picture of the window as target/screenshots/{name}.png when the tests run
	 * with {@code -Dkoers.screenshots=true}, to look at the pages; does nothing
	 * otherwise.
	 */
	public void screenshot(String name) {
		if (!Boolean.getBoolean("koers.screenshots")) {
			return;
		}
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * axe-core's source, read once from the test classpath.
	 */
	private static final class AxeSource {

		static final String SOURCE = read();

		private static String read() {
			try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException(
							"axe/axe.min.js is not on the test classpath: run Maven's generate-test-resources");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

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
