package nl.koers.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.Fixtures;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant's week of guidance in Debian's Chromium: plan a conversation, record a
 * no-show, find the outreach task on the worklist, restore contact, plan a home visit and
 * find it in the agenda, record a goal and an agreement, and see it all on the client's
 * timeline. Skipped where Chromium is not installed.
 */
@BrowserJourney
class ConversationJourneyTests {

	private static Browser browser;

	@Autowired
	Fixtures fixtures;

	@Test
	void consultantRunsAWeekOfGuidanceAndSeesItAllOnTheTimeline() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality
			.client(consultant, Fixtures.details().name("Wilma", "Oosterhout").caseLead(consultant.id()))
			.id();
		String conversations = "/clients/" + client + "/conversations";
		LocalDate yesterday = LocalDate.now().minusDays(1);
		browser.logIn(consultant);

		browser.open(conversations);
		browser.follow(conversations + "/appointments/past");
		browser.setValue("plannedAt", yesterday + "T10:00");
		browser.click(By.id("outcome-NO_SHOW"));
		browser.select("channel", "FACE_TO_FACE");
		browser.type("location", "Gemeentehuis");
		browser.submit();
		browser.waitForPath(conversations);
		assertThat(browser.main().findElement(By.id("earlier")).getText()).contains("Niet verschenen");
		assertThat(browser.main().findElement(By.id("attention")).getText()).contains("Actief benaderen loopt");

		browser.open("/worklist");
		String due = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(WorkingDays.add(yesterday, 5));
		assertThat(browser.main().getText()).contains("Wilma Oosterhout", "Actief benaderen na niet verschijnen", due);

		browser.open(conversations);
		browser.follow(conversations + "/outreach/new");
		browser.select("method", "PHONE");
		browser.select("result", "CONTACT_RESTORED");
		browser.setValue("attemptedOn", LocalDate.now().toString());
		browser.type("note", "Teruggebeld, nieuwe afspraak gemaakt");
		browser.submit();
		browser.waitForPath(conversations);
		assertThat(browser.main().findElement(By.id("outreach")).getText()).contains("Contact hersteld");

		browser.open("/worklist");
		assertThat(browser.main().getText()).doesNotContain("Wilma Oosterhout");

		browser.open(conversations);
		browser.follow(conversations + "/appointments/new");
		// the next working day: the agenda folds a weekend away
		LocalDate next = WorkingDays.add(LocalDate.now(), 1);
		browser.setValue("plannedAt", next + "T14:30");
		browser.select("channel", "HOME_VISIT");
		browser.type("location", "Bij Wilma thuis");
		browser.submit();
		browser.waitForPath(conversations);
		browser.open("/agenda?week=" + DateTimeFormatter.ISO_WEEK_DATE.format(next).substring(0, 8));
		assertThat(browser.main().getText()).contains("Wilma Oosterhout", "14:30");

		String goals = "/clients/" + client + "/goals";
		browser.open(goals);
		browser.follow(goals + "/new");
		browser.select("category", "DAILY_RHYTHM");
		browser.type("description", "Elke ochtend om acht uur op en de hond uitlaten");
		browser.setValue("startDate", LocalDate.now().toString());
		browser.submit();
		browser.waitForPath(goals);

		String agreements = "/clients/" + client + "/agreements";
		browser.open(agreements);
		browser.follow(agreements + "/new");
		browser.type("description", "Twee ochtenden per week naar de dagbesteding");
		browser.setValue("madeOn", LocalDate.now().toString());
		browser.type("provision", "Dagbesteding Welzijn");
		browser.click(By.id("costBearing"));
		browser.submit();
		browser.waitForPath(agreements);

		browser.open("/clients/" + client + "/timeline");
		assertThat(browser.main().getText()).contains("Niet verschenen op het gesprek met " + consultant.displayName(),
				"Benaderpoging: contact hersteld", "Teruggebeld, nieuwe afspraak gemaakt", "Doel gesteld: dagritme",
				"Elke ochtend om acht uur op en de hond uitlaten", "Afspraak gemaakt",
				"Twee ochtenden per week naar de dagbesteding");
	}

}
