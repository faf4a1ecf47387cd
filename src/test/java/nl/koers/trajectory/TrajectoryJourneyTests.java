package nl.koers.trajectory;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Browser;
import nl.koers.BrowserJourney;
import nl.koers.route.api.Route;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delft's pilot in Debian's Chromium: contract management records the Werkbudget and the
 * contract; the consultant sees why a client who is too old is refused and nominates one
 * who fits; the provider accepts, starts, moves on a phase, reports and ends the
 * trajectory; contract management records a paid invoice and sees it on the budget page.
 * Skipped where Chromium is not installed.
 */
@BrowserJourney
class TrajectoryJourneyTests {

	private static final String CONTRACT = "Activering Delft";

	@Autowired
	ApplicationContext context;

	private static Browser browser;

	@Test
	void contractManagementConsultantAndProviderTakeATrajectoryFromBudgetToInvoice() {
		TrajectoryWorld world = new TrajectoryWorld(this.context);
		UUID tooOld = world.client(TrajectoryWorld.eligible().dateOfBirth(LocalDate.of(1947, 11, 1)),
				Route.CARE_SUPPORT);
		UUID eligible = world.eligibleClient();

		browser.logIn(world.contractManager, "/reports");
		recordBudget(2005, "53550.00");
		recordBudget(2006, "160650.00");
		recordBudget(2007, "53550.00");
		String contract = createContract(world);

		browser.logIn(world.consultant);
		nominate(tooOld);
		browser.waitForText("het contract is voor 23 tot en met 57½ jaar");
		nominate(eligible);
		browser.waitForText("De cliënt is voorgedragen.");
		assertThat(browser.main().findElement(By.cssSelector("tbody")).getText()).contains(CONTRACT, "Voorgedragen");

		browser.logIn(world.worker, "/referrals");
		browser.open("/trajectories");
		browser.click(By.cssSelector("main a[href^='/trajectories/']"));
		browser.waitForPathStartingWith("/trajectories/");
		browser.fill("accept-date", "2005-12-12");
		browser.click(By.cssSelector("form[action$='/answer'] input[name=accept][value=true] ~ button"));
		browser.waitFor(By.id("startedOn"));
		browser.fill("startedOn", "2006-01-02");
		browser.click(By.cssSelector("form[action$='/start'] button"));
		browser.waitFor(By.id("phase-from"));
		browser.select("phase", "2");
		browser.fill("phase-from", "2006-05-01");
		browser.click(By.cssSelector("form[action$='/phase'] button"));
		browser.waitForText("Fase 2: Activering, sinds 01-05-2006");
		browser.fill("report-date", "2006-09-01");
		browser.type("report-text", "Gaat goed, dagritme opgebouwd.");
		browser.click(By.cssSelector("form[action$='/reports'] button"));
		browser.waitForText("Gaat goed, dagritme opgebouwd.");
		browser.select("outcome", "SOCIAL_ACTIVATION");
		browser.fill("endedOn", "2007-03-01");
		browser.clickAndConfirm(By.cssSelector("form[action$='/end'] button"));
		browser.waitForText("Nazorg tot");
		assertThat(browser.main().findElements(By.cssSelector("tr.step"))).hasSize(6);
		assertThat(browser.main().getText()).contains("Sociale activering", "12-12-2005", "01-09-2007");

		browser.logIn(world.contractManager, "/reports");
		browser.open(contract);
		browser.type("payment-year", "2006");
		browser.type("payment-amount", "1071.00");
		browser.fill("payment-paidOn", "2006-03-01");
		browser.type("payment-reference", "F-2006-001");
		browser.click(By.cssSelector("form[action$='/payments'] button"));
		browser.waitForText("De betaling is vastgelegd.");
		assertThat(browser.main().findElement(By.cssSelector("tr.payment")).getText()).contains("F-2006-001",
				"€ 1.071,00");
		browser.open("/budgets?year=2006");
		assertThat(browser.main().findElement(By.cssSelector(".budget-report tbody tr")).getText())
			.contains("Werkbudget", "€ 160.650,00", "€ 3.213,00", "€ 1.071,00", "€ 157.437,00");

		browser.open("/contracts/monitoring?date=2007-03-01");
		assertThat(browser.main().findElement(By.id("per-provider")).getText()).contains("Activeringsbureau De Brug",
				"Plaatsen 50", "Beëindigd: Sociale activering 1");
	}

	private static void recordBudget(int year, String amount) {
		browser.open("/budgets");
		browser.type("source", "Werkbudget");
		browser.type("year", String.valueOf(year));
		browser.type("amount", amount);
		browser.click(By.cssSelector("form[method=post][action='/budgets'] button[type=submit]"));
		browser.waitForPath("/budgets?year=" + year);
		assertThat(browser.main().findElement(By.cssSelector("table.budgets")).getText()).contains("Werkbudget");
	}

	/**
	 * Fills in Delft's pilot on the contract form and returns the new contract's page.
	 */
	private static String createContract(TrajectoryWorld world) {
		browser.open("/contracts/new");
		browser.select("providerId", world.provider.toString());
		browser.type("name", CONTRACT);
		browser.type("lot", "Perceel 1");
		browser.type("places", "50");
		browser.type("price", "5355.00");
		browser.select("budgetSource", "Werkbudget");
		browser.select("scheduleKind", "YEARS");
		String[][] schedule = { { "2005", "20" }, { "2006", "60" }, { "2007", "20" } };
		for (int i = 0; i < schedule.length; i++) {
			browser.type(By.name("schedule[" + i + "].year"), schedule[i][0]);
			browser.type(By.name("schedule[" + i + "].share"), schedule[i][1]);
		}
		browser.fill("nominationFrom", "2005-11-01");
		browser.fill("nominationUntil", "2006-04-30");
		browser.type("maxMonths", "18");
		browser.type("aftercareMonths", "6");
		browser.type("phase-0", "Intake en oriëntatie");
		browser.type("phase-1", "Activering");
		browser.type("phase-2", "Doorstroom");
		browser.type("minAge", "23");
		browser.type("maxAge", "57.5");
		browser.type("minBenefitMonths", "24");
		browser.submit();
		browser.waitForPath("/contracts");
		browser.click(By.linkText(CONTRACT));
		browser.waitForPathStartingWith("/contracts/");
		String page = browser.main().getText();
		assertThat(page).contains("0 van 50 bezet", "van 23 tot en met 57½ jaar", "minstens 24 maanden uitkering",
				"2005: 20%");
		return browser.path();
	}

	private static void nominate(UUID client) {
		String section = "/clients/" + client + "/trajectories";
		browser.open(section);
		browser.click(By.cssSelector("details.form-toggle > summary"));
		browser.select("contractId", contractOption());
		browser.fill("nominatedOn", TrajectoryWorld.NOMINATED.toString());
		browser.type("motivation", "Past in de doelgroep");
		browser
			.clickAndWaitForNextPage(By.cssSelector("form[method=post][action='" + section + "'] button[type=submit]"));
		browser.waitForPath(section);
	}

	private static String contractOption() {
		return browser.main().findElement(By.cssSelector("#contractId option:not([value=''])")).getAttribute("value");
	}

}
