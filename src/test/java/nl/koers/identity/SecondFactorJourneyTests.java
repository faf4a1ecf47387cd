package nl.koers.identity;

import java.util.List;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.Fixtures;
import nl.koers.SecondFactorCodes;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's first sign-in in Chromium: password, enrolment with the QR code (an
 * image the content security policy lets through) and a first code, the recovery codes,
 * and the next sign-in with a code.
 */
@BrowserJourney
class SecondFactorJourneyTests {

	private static Browser browser;

	@Autowired
	Fixtures fixtures;

	@Test
	void anAdministratorEnrolsAndSignsInWithACode() {
		CurrentUser administrator = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		browser.open("/login");
		browser.type("username", administrator.getUsername());
		browser.type("password", Fixtures.PASSWORD);
		browser.submit();
		browser.waitForPath("/second-factor/enrol");
		browser.open("/second-factor/nothing");
		assertThat(browser.main().getText()).contains("Deze pagina of dit gegeven bestaat niet");
		browser.open("/second-factor/enrol");
		WebElement qrCode = browser.waitFor(By.id("qr-code"));
		assertThat(qrCode.getAttribute("naturalWidth")).isNotIn("0", null);
		String secret = browser.waitFor(By.id("secret")).getText();
		browser.type("code", SecondFactorCodes.next(secret));
		browser.submit();
		List<WebElement> codes = browser.waitFor(By.id("recovery-codes")).findElements(By.tagName("code"));
		assertThat(codes).hasSize(10);
		browser.click(By.cssSelector("main a.button"));
		browser.waitForPath("/");

		browser.logInWithSecondFactor(administrator, secret, "/");
		browser.open("/admin/users");
		assertThat(browser.main().getText()).contains(administrator.displayName());
	}

}
