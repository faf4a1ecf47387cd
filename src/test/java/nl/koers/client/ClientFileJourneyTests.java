package nl.koers.client;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.Fixtures;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.Channel;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client file in Debian's Chromium: its summary fits a 1366×768 laptop screen with
 * every section one click away, and a consultant goes from registration through the
 * assessment, KP4 and the route to a planned conversation by the file's next steps alone.
 * Clicks are counted on links and buttons (filling in a field is not a click); the
 * journey never goes back or types an address.
 */
@BrowserJourney
class ClientFileJourneyTests {

	private static final int MOST_CLICKS = 12;

	private static Browser browser;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Appointments appointments;

	private int clicks;

	@Test
	void summaryFitsALaptopScreenAndEveryTabIsOneClickAway() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality.client(consultant, Fixtures.details().name("Anouk", "van der Berg-Smits")).id();
		LocalDate today = LocalDate.now();
		LocalDate kp4 = today.minusMonths(8);
		this.routes.decideProfile(consultant, client, new ProfileDecision(ClientProfile.KP4, kp4, "Intake", null));
		this.routes.changeRoute(consultant, client,
				new RouteChange(Route.REST, kp4.plusDays(7), "Rust", today.minusDays(3), null));
		this.appointments.plan(consultant, client,
				new AppointmentPlan(today.plusDays(2).atTime(LocalTime.of(10, 0)), Channel.PHONE, "Stadhuis", null));

		browser.resize(1366, 768);
		browser.logIn(consultant);
		String file = "/clients/" + client;
		browser.open(file);
		browser.waitFor(By.id("summary"));
		browser.screenshot(Path.of("target", "client-file-summary.png"));

		long viewport = ((Number) browser.script("return window.innerHeight")).longValue();
		double bottom = ((Number) browser
			.script("return document.getElementById('summary').getBoundingClientRect().bottom")).doubleValue();
		assertThat(bottom).as("the summary's bottom within the %d px of the window", viewport)
			.isLessThanOrEqualTo(viewport);
		assertThat(browser.main().findElement(By.id("part-route")).getText()).contains("Rust", "te laat");
		assertThat(browser.main().findElement(By.id("part-conversation")).getText()).contains("10:00");
		assertThat(browser.main().findElement(By.cssSelector(".file-tabs a[aria-current='page']")).getText())
			.isEqualTo("Overzicht");

		List<String> tabs = browser.main()
			.findElements(By.cssSelector(".file-tabs a"))
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.filter(href -> !href.equals(file))
			.toList();
		assertThat(tabs).contains(file + "/route", file + "/conversations", file + "/goals", file + "/agreements",
				file + "/referrals", file + "/trajectories", file + "/obligations", file + "/timeline");
		for (String tab : tabs) {
			browser.click(By.cssSelector(".file-tabs a[href='" + tab + "']"));
			browser.waitForPath(tab);
			WebElement current = browser.waitFor(By.cssSelector(".file-tabs a[aria-current='page']"));
			assertThat(current.getDomAttribute("href")).isEqualTo(tab);
			assertThat(browser.main().findElement(By.tagName("h1")).getText()).isEqualTo("Anouk van der Berg-Smits");
		}
		browser.click(By.cssSelector(".file-tabs a[href='" + file + "']"));
		browser.waitForPath(file);
		browser.waitFor(By.id("summary"));
	}

	@Test
	void consultantGoesFromRegistrationToAPlannedConversationInAtMostTwelveClicks() {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		String bsn = Fixtures.nextBsn();
		browser.logIn(consultant);
		this.clicks = 0;

		click(By.xpath("//nav//details[.//a[@href='/clients/new']]/summary"));
		click(By.cssSelector("nav a[href='/clients/new']"));
		browser.waitForPath("/clients/new");
		browser.type("bsn", bsn);
		browser.type("givenName", "Joost");
		browser.type("familyName", "Verhagen");
		browser.setValue("dateOfBirth", "1979-02-03");
		browser.setValue("benefitStartDate", "2020-05-01");
		submit();
		browser.waitForPathStartingWith("/clients/");
		String file = browser.path();

		next(file + "/assessments/new");
		for (String domain : new String[] { "WORK", "HEALTH_AND_ADDICTION", "SOCIAL_ENVIRONMENT",
				"HOUSING_AND_FINANCES", "JUSTICE" }) {
			browser.click(By.id("score-" + domain + "-2"));
		}
		submit();
		browser.waitForPath(file + "/assessments");

		next(file + "/route/profile");
		browser.fill("profile", "KP4");
		browser.fill("reason", "Geen perspectief op werk binnen twee jaar");
		submit();
		browser.waitForPath(file + "/route");

		next(file + "/route/change");
		browser.fill("route", "CARE_SUPPORT");
		browser.fill("reason", "Eerst zorg regelen");
		submit();
		browser.waitForPath(file + "/route");

		next(file + "/conversations/appointments/new");
		browser.fill("channel", "PHONE");
		submit();
		browser.waitForPath(file + "/conversations");
		assertThat(browser.path()).matches(".*/conversations#appointment-[0-9a-f-]{36}");
		assertThat(browser.main().getText()).contains("Joost Verhagen");

		click(By.cssSelector(".file-tabs a[href='" + file + "']"));
		browser.waitForPath(file);
		assertThat(browser.main().findElement(By.id("part-conversation")).getText()).contains("Telefonisch");
		assertThat(browser.main().findElement(By.id("part-route")).getText()).contains("KP4");

		assertThat(this.clicks).as("clicks from registration to a planned conversation")
			.isLessThanOrEqualTo(MOST_CLICKS);
	}

	/**
	 * Follows the file's "next step" button to the address.
	 */
	private void next(String href) {
		WebElement step = browser.waitFor(By.cssSelector(".next-step a"));
		assertThat(step.getDomAttribute("href")).isEqualTo(href);
		click(By.cssSelector(".next-step a"));
		browser.waitForPath(href);
	}

	private void click(By by) {
		browser.click(by);
		this.clicks++;
	}

	private void submit() {
		browser.submit();
		this.clicks++;
	}

}
