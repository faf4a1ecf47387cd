package nl.koers.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.consent.api.DataCategory;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.NewContact;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.Referrals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution's views in Debian's Chromium (issue 17, part 8): an institution worker
 * opens a referral, sees which categories are shared, opens one and reads its data,
 * loaded only then; the same data is a page of its own without JavaScript. Skipped where
 * Chromium is not installed.
 */
@BrowserJourney
class InstitutionJourneyTests {

	@Autowired
	ApplicationContext context;

	private static Browser browser;

	@Test
	void anInstitutionWorkerOpensAReferralAndReadsASharedCategory() {
		ReferralWorld world = new ReferralWorld(this.context);
		world.agreement(world.organisation, DataCategory.IDENTITY, DataCategory.GOALS,
				DataCategory.CONVERSATION_SUMMARIES, DataCategory.ROUTE);
		world.consent(world.organisation, DataCategory.IDENTITY, DataCategory.GOALS,
				DataCategory.CONVERSATION_SUMMARIES);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		this.context.getBean(Goals.class)
			.set(world.consultant, world.client.id(),
					new NewGoal(GoalCategory.DAILY_RHYTHM, "Elke ochtend om 8 uur op", today.minusMonths(1)));
		this.context.getBean(Contacts.class)
			.record(world.consultant, world.client.id(),
					new NewContact(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).minusDays(2), Channel.PHONE,
							"Gesprek over dagbesteding", false));
		Referrals referrals = this.context.getBean(Referrals.class);
		UUID id = referrals
			.propose(world.consultant, world.client.id(), new NewReferral(world.service, "Begeleiding nodig", null))
			.id();
		referrals.changeStatus(world.consultant, id, new ReferralStatusChange(ReferralStatus.SENT, null, null, null));

		browser.logIn(world.worker, "/referrals");
		browser.click(By.cssSelector("main a[href='/referrals/" + id + "']"));
		browser.waitFor(By.id("feedback-text"));
		String page = browser.main().getText();
		assertThat(page).contains("Petra Verwezen", "Doelen", "Verslagen van gesprekken")
			.doesNotContain("Klantprofiel en route", "Elke ochtend om 8 uur op", "Mag gedeeld worden");

		browser.click(By.cssSelector("#shared-goals > summary"));
		browser.waitForText(By.cssSelector("#shared-goals .shared-body"), "Elke ochtend om 8 uur op");
		assertThat(browser.main().getText()).contains("Dagritme").doesNotContain("Gesprek over dagbesteding");

		browser.open("/referrals/" + id + "/shared/conversation-summaries");
		browser.waitForText("Gesprek over dagbesteding");
		assertThat(browser.main().findElement(By.cssSelector("a[href='/referrals/" + id + "']")).getText())
			.isEqualTo("Terug");
	}

}
