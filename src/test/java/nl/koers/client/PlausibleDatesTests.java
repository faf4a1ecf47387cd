package nl.koers.client;

import java.time.LocalDate;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.BenefitKind;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.NewBenefitPeriod;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.client.api.PlausibleDates;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class PlausibleDatesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final LocalDate BORN = LocalDate.of(2000, 2, 29);

	final PlausibleDates plausible = new PlausibleDates(18, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Benefits benefits;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void aDateOfBirthLiesInThePastAndLessThan120YearsAgo() {
		assertThat(this.plausible.dateOfBirth("dateOfBirth", TODAY, TODAY)).isEmpty();
		assertThat(this.plausible.dateOfBirth("dateOfBirth", TODAY.plusDays(1), TODAY)).get()
			.extracting(RefusedException.Reason::messageKey)
			.isEqualTo("client.dateOfBirth.future");
		assertThat(this.plausible.dateOfBirth("dateOfBirth", TODAY.minusYears(120), TODAY)).isEmpty();
		assertThat(this.plausible.dateOfBirth("dateOfBirth", TODAY.minusYears(120).minusDays(1), TODAY)).get()
			.extracting(RefusedException.Reason::messageKey)
			.isEqualTo("client.dateOfBirth.tooEarly");
	}

	@Test
	void aBenefitStartsOnTheEighteenthBirthdayAtTheEarliest() {
		// born on 29 February: the eighteenth birthday is 28 February 2018
		assertThat(this.plausible.benefitStart("start", BORN, LocalDate.of(2018, 2, 28), TODAY)).isEmpty();
		assertThat(this.plausible.benefitStart("start", BORN, LocalDate.of(2018, 2, 27), TODAY)).get()
			.satisfies(reason -> assertThat(reason.args()).containsExactly(18))
			.extracting(RefusedException.Reason::messageKey)
			.isEqualTo("client.benefitStartDate.tooYoung");
	}

	@Test
	void aBenefitStartsAtMostTheConfiguredNumberOfDaysAhead() {
		assertThat(this.plausible.benefitStart("start", BORN, TODAY.plusDays(31), TODAY)).isEmpty();
		assertThat(this.plausible.benefitStart("start", BORN, TODAY.plusDays(32), TODAY)).get()
			.satisfies(reason -> assertThat(reason.args()).containsExactly(31))
			.extracting(RefusedException.Reason::messageKey)
			.isEqualTo("client.benefitStartDate.tooFarAhead");
	}

	@Test
	void registrationNamesEveryImplausibleDateWithItsLimit() throws Exception {
		String json = Fixtures.details()
			.dateOfBirth(LocalDate.now().minusYears(17))
			.benefitStartDate(LocalDate.now())
			.json();
		this.mvc
			.perform(post("/api/v1/clients").with(user(this.consultant))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("benefitStartDate")))
			.andExpect(
					jsonPath("$.errors[0].message").value("De uitkering kan pas beginnen als de cliënt 18 jaar is."));
		String ahead = Fixtures.details().benefitStartDate(LocalDate.now().plusDays(32)).json();
		this.mvc
			.perform(post("/api/v1/clients").with(user(this.consultant))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ahead))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("De uitkering kan hoogstens 31 dagen vooruit beginnen."));
	}

	@Test
	void aNewBenefitPeriodIsRefusedBeforeTheClientIsEighteen() {
		ClientView client = this.municipality.client(this.consultant,
				Fixtures.details().withoutBenefit(NonBenefitGroup.NUG).benefitStartDate(null));
		LocalDate eighteen = client.dateOfBirth().plusYears(18);
		assertThatThrownBy(() -> this.benefits.start(this.consultant, client.id(),
				new NewBenefitPeriod(BenefitKind.PARTICIPATIEWET, eighteen.minusDays(1))))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("client.benefitStartDate.tooYoung"));
	}

}
