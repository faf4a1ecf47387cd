package nl.koers.coordination;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.Fixtures;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceRequests;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.SignalKind;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's day in Debian's Chromium: from the coordination point, answer an
 * advice request, follow up a signal, and add an organisation to the social map. Skipped
 * where Chromium is not installed.
 */
@BrowserJourney
class CoordinatorJourneyTests {

	private static Browser browser;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AdviceRequests requests;

	@Autowired
	Signals signals;

	@Test
	void coordinatorAnswersFollowsUpAndKeepsTheMap() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		CurrentUser coordinator = municipality.user(Role.COORDINATOR);
		UUID client = municipality.client(consultant, Fixtures.details().name("Karin", "Signaal")).id();
		this.requests.ask(consultant, new AdviceQuestion("Wie helpt bij gokschulden?", null));
		this.signals.raise(consultant, client,
				new NewSignal(SignalKind.ADDICTION, "Ruikt naar alcohol op afspraken", LocalDate.now()));

		browser.logIn(coordinator, "/coordination");
		browser.click(By.partialLinkText("Wie helpt bij gokschulden?"));
		browser.type("answer-text", "Schuldhulpmaatje; vraag naar het gokspreekuur");
		browser.click(By.cssSelector("form[action$='/answer'] button[type=submit]"));
		browser.waitForPath("/coordination");
		assertThat(browser.main().getText()).doesNotContain("Wie helpt bij gokschulden?");
		browser.open("/coordination/requests");
		browser.click(By.partialLinkText("Wie helpt bij gokschulden?"));
		browser.waitForText(By.id("answer"), "gokspreekuur");

		browser.open("/coordination");
		browser.click(By.partialLinkText("Karin Signaal"));
		// the coordinator is not Karin's case lead: first the reason of access, then the
		// signal
		browser.waitForText(By.cssSelector("main h1"), "Waarom open je dit dossier?");
		assertThat(browser.main().getText()).doesNotContain("Karin");
		browser.click(By.id("reason-COORDINATION"));
		browser.submit();
		browser.select("status-choice", "IN_PROGRESS");
		browser.setValue("notedOn", LocalDate.now().toString());
		browser.type("note", "Gebeld met de consulent; verwijzing naar verslavingszorg besproken");
		browser.click(By.cssSelector("form[action$='/follow-ups'] button[type=submit]"));
		browser.waitForText(By.id("follow-ups"), "verslavingszorg besproken");

		browser.open("/social-map/organisations/new");
		browser.type("name", "Gokpreventie Rivierenland");
		browser.select("kind", "CARE_INSTITUTION");
		browser.submit();
		browser.waitForText(By.cssSelector("main h1"), "Gokpreventie Rivierenland");
	}

}
