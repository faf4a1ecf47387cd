package nl.koers.referral;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral in Debian's Chromium: the consultant refers a client to an institution's
 * service and sends it; the institution worker sees exactly that client with only the
 * shared data, accepts and reports back; the consultant reads the feedback on the
 * timeline. Skipped where Chromium is not installed.
 */
@BrowserJourney
class ReferralJourneyTests {

	@Autowired
	ApplicationContext context;

	private static Browser browser;

	@Test
	void consultantRefersTheInstitutionReportsBackAndTheFeedbackIsOnTheTimeline() {
		ReferralWorld world = new ReferralWorld(this.context);
		world.shareIdentityAndContact();
		String section = "/clients/" + world.client.id() + "/referrals";

		browser.logIn(world.consultant);
		browser.open(section);
		browser.click(By.cssSelector("details.form-toggle > summary"));
		browser.select("serviceId", world.service.toString());
		browser.type("reason", "Somber en slaapt slecht; wil praten met iemand");
		browser
			.clickAndWaitForNextPage(By.cssSelector("form[method=post][action='" + section + "'] button[type=submit]"));
		browser
			.clickAndWaitForNextPage(By.cssSelector("article.referral form input[name=status][value=SENT] ~ button"));
		browser.waitForText(By.cssSelector("article.referral"), "Verstuurd");
		assertThat(browser.main().getText()).contains("Zorggroep Linge");

		browser.logIn(world.worker, "/referrals");
		assertThat(browser.main().findElements(By.cssSelector("main a[href^='/referrals/']"))).hasSize(1);
		browser.click(By.cssSelector("main a[href^='/referrals/']"));
		browser.waitFor(By.id("feedback-text"));
		String page = browser.main().getText();
		assertThat(page).contains("Petra Verwezen").doesNotContain(world.client.bsn());
		browser.click(By.cssSelector("form input[name=status][value=ACCEPTED] ~ button"));
		browser.waitForText("De verwijzing is bijgewerkt.");
		browser.type("feedback-text", "Intake gehad; eerste afspraak staat");
		browser.click(By.cssSelector("form[action$='/feedback'] button[type=submit]"));
		browser.waitForText("Vastgelegd.");

		browser.logIn(world.consultant);
		browser.open("/clients/" + world.client.id() + "/timeline");
		assertThat(browser.main().getText()).contains("Intake gehad; eerste afspraak staat");
	}

}
