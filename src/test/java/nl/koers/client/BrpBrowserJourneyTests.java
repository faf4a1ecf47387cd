package nl.koers.client;

import java.util.Locale;
import java.util.UUID;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.Fixtures;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant registers a client with "Ophalen uit BRP" in Debian's Chromium: htmx asks
 * the BRP stub, the form is filled, the household is shown, and the client is saved with
 * what the BRP gave. Skipped where Chromium is not installed.
 */
@BrowserJourney
class BrpBrowserJourneyTests {

	private static final BrpStub BRP = new BrpStub();

	private static final String CODE = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	private static Browser browser;

	@Autowired
	Fixtures fixtures;

	@DynamicPropertySource
	static void brp(DynamicPropertyRegistry registry) {
		String prefix = "koers.brp.municipalities." + CODE;
		registry.add(prefix + ".base-url", BRP::baseUrl);
		registry.add(prefix + ".api-key", () -> BrpStub.API_KEY);
		registry.add(prefix + ".registration-municipality", () -> "0599");
	}

	@AfterAll
	static void stopBrp() {
		BRP.close();
	}

	@Test
	void consultantFillsTheRegistrationFromTheBrp() {
		CurrentUser consultant = this.fixtures.municipality(CODE).user(Role.CONSULTANT);
		String bsn = Fixtures.nextBsn();
		BRP.knows(bsn, """
				{"burgerservicenummer": "%s",
				 "naam": {"voornamen": "Noor", "voorvoegsel": "de", "geslachtsnaam": "Vries"},
				 "geboorte": {"datum": {"type": "Datum", "datum": "1979-11-23", "langFormaat": "23 november 1979"}},
				 "verblijfplaats": {"type": "Adres", "verblijfadres": {"officieleStraatnaam": "Oude Delft",
				   "huisnummer": 9, "postcode": "2611BA", "woonplaats": "Delft"}},
				 "kinderen": [{"naam": {"voornamen": "Sam", "geslachtsnaam": "de Vries"},
				   "geboorte": {"datum": {"type": "Datum", "datum": "2011-04-02", "langFormaat": "2 april 2011"}}}]}"""
			.formatted(bsn));

		browser.logIn(consultant);
		browser.open("/clients/new");
		browser.type("bsn", bsn);
		browser.click(By.xpath("//button[normalize-space()='Ophalen uit BRP']"));
		browser.waitForText(By.id("brp-result"), "ingevuld uit de BRP");
		assertThat(value("givenName")).isEqualTo("Noor");
		assertThat(value("namePrefix")).isEqualTo("de");
		assertThat(value("familyName")).isEqualTo("Vries");
		assertThat(value("dateOfBirth")).isEqualTo("1979-11-23");
		assertThat(value("street")).isEqualTo("Oude Delft");
		assertThat(value("postalCode")).isEqualTo("2611BA");
		assertThat(browser.main().findElement(By.id("brp-result")).getText()).contains("Sam de Vries", "02-04-2011");

		browser.setValue("benefitStartDate", "2020-02-01");
		browser.submit();
		browser.waitForPathStartingWith("/clients/");
		assertThat(browser.main().getText()).contains("Vries", "23-11-1979", "Oude Delft");
	}

	private static String value(String id) {
		return browser.main().findElement(By.id(id)).getDomProperty("value");
	}

}
