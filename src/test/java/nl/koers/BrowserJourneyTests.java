package nl.koers;

import java.util.Map;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultant's main journey in Debian's Chromium: log in, register a client, find
 * them in the caseload and open the file. Skipped where Chromium is not installed.
 */
@BrowserJourney
class BrowserJourneyTests {

	private static Browser browser;

	@Autowired
	Fixtures fixtures;

	@Test
	void consultantRegistersAClientAndFindsThemInTheCaseload() {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		String bsn = Fixtures.nextBsn();

		browser.logIn(consultant);
		assertThat(browser.lang()).isEqualTo("nl");

		browser.navigate("/clients/new");
		browser.assertAccessible();
		browser.type("bsn", bsn);
		browser.type("givenName", "Fatima");
		browser.type("familyName", "El Amrani");
		browser.setValue("dateOfBirth", "1981-04-12");
		browser.setValue("benefitStartDate", "2019-09-01");
		browser.submit();
		browser.waitForPathStartingWith("/clients/");
		assertThat(browser.main().getText()).contains("El Amrani").contains(bsn);

		browser.open("/clients");
		browser.click(By.partialLinkText("El Amrani"));
		browser.waitForPathStartingWith("/clients/");
		assertThat(browser.main().getText()).contains(bsn).contains("12-04-1981");
		browser.assertAccessible();
	}

	@Test
	void consultantAssessesDecidesKp4MovesTheClientAndHandsThemOver() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality.client(consultant).id();
		browser.logIn(consultant);

		browser.open("/clients/" + client + "/assessments/new");
		browser.setValue("assessedOn", "2020-01-06");
		for (String domain : new String[] { "WORK", "HEALTH_AND_ADDICTION", "SOCIAL_ENVIRONMENT",
				"HOUSING_AND_FINANCES", "JUSTICE" }) {
			browser.click(By.id("score-" + domain + "-2"));
		}
		browser.submit();
		browser.waitForPath("/clients/" + client + "/assessments");
		assertThat(browser.main().findElements(By.tagName("svg"))).isNotEmpty();

		routeStep(client, "profile", Map.of("profile", "KP4", "effectiveDate", "2020-01-13", "reason", "Screening"));
		routeStep(client, "change", Map.of("route", "REST", "effectiveDate", "2020-03-02", "reviewDate", "2020-09-01",
				"reason", "Eerst rust"));
		routeStep(client, "review", Map.of("decision", "EXTEND_REST", "effectiveDate", "2020-08-17", "reviewDate",
				"2021-03-01", "reason", "Nog niet zover"));
		routeStep(client, "change", Map.of("route", "TOWARDS_KP3", "effectiveDate", "2021-03-01", "reason",
				"Wil aan de slag", "outcome", "SOCIAL_ACTIVATION"));
		routeStep(client, "handover", Map.of("effectiveDate", "2021-04-01", "organisation", "Werkzaam Rivierenland",
				"reason", "KP3-traject"));

		String history = browser.main().getText();
		assertThat(history).contains("Profielbesluit", "Evaluatie", "Overdracht", "Werkzaam Rivierenland", "01-03-2021",
				"Niet in een KP4-route", "uitkomst: Sociale activering", "uitkomst: Re-integratie (richting KP3)");
		assertThat(browser.main().findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(3 + 5);
	}

	/**
	 * Opens the route section, follows the action's button and fills in its form.
	 */
	private void routeStep(UUID client, String action, Map<String, String> fields) {
		browser.open("/clients/" + client + "/route");
		browser.follow("/clients/" + client + "/route/" + action);
		fields.forEach(browser::fill);
		browser.submit();
		browser.waitForPath("/clients/" + client + "/route");
	}

}
