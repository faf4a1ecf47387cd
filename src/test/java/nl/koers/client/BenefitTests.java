package nl.koers.client;

import java.time.LocalDate;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitEnded;
import nl.koers.client.api.BenefitKind;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.NewBenefitPeriod;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * Benefit periods: registration with a benefit start or without benefit (NUG, Anw), one
 * running period at a time, no overlap, an end that is final and publishes
 * {@link BenefitEnded}, and who may read and change them.
 */
@KoersTest
class BenefitTests {

	private static final LocalDate START = LocalDate.of(2015, 6, 1);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Benefits benefits;

	@Autowired
	ClientService clients;

	@Autowired
	MockMvc mvc;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void theBenefitStartIsOneRunningParticipatiewetPeriod() {
		ClientView client = this.municipality.client(this.consultant);
		assertThat(client.benefitStartDate()).isEqualTo(START);
		assertThat(client.withoutBenefit()).isNull();
		assertThat(this.benefits.periods(this.consultant, client.id())).singleElement().satisfies(period -> {
			assertThat(period.kind()).isEqualTo(BenefitKind.PARTICIPATIEWET);
			assertThat(period.startDate()).isEqualTo(START);
			assertThat(period.open()).isTrue();
		});
	}

	@Test
	void aClientWithoutBenefitIsRegisteredWithItsGroup() throws Exception {
		ClientView client = this.municipality.client(this.consultant,
				Fixtures.details().withoutBenefit(NonBenefitGroup.NUG));
		assertThat(client.benefitStartDate()).isNull();
		assertThat(client.withoutBenefit()).isEqualTo(NonBenefitGroup.NUG);
		assertThat(this.benefits.periods(this.consultant, client.id())).isEmpty();
		this.mvc.perform(get("/clients/" + client.id()).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("zonder uitkering (NUG)")));
		this.mvc.perform(get("/clients").with(user(this.consultant))).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + client.id() + "/edit").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"NUG\" selected")));
		this.mvc.perform(get("/api/v1/clients/" + client.id()).with(user(this.consultant)))
			.andExpect(jsonPath("$.withoutBenefit").value("NUG"))
			.andExpect(jsonPath("$.benefitStartDate").doesNotExist());
	}

	@Test
	void registrationNamesABenefitStartOrAGroupNeverBoth() {
		assertThatThrownBy(() -> this.municipality.client(this.consultant, Fixtures.details().benefitStartDate(null)))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> this.clients.register(this.consultant,
				Fixtures.details().withoutBenefit(NonBenefitGroup.ANW).benefitStartDate(START).build()))
			.isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void aNewBenefitStartsOnlyAfterThePreviousEnded() {
		ClientView client = this.municipality.client(this.consultant);
		BenefitPeriodView first = this.benefits.periods(this.consultant, client.id()).get(0);
		assertThatThrownBy(() -> this.benefits.start(this.consultant, client.id(),
				new NewBenefitPeriod(BenefitKind.IOAW, START.plusYears(1))))
			.isInstanceOf(RefusedException.class);
		LocalDate end = LocalDate.now().minusMonths(2);
		this.benefits.end(this.consultant, client.id(), first.id(),
				new BenefitEnd(end, BenefitEndReason.OTHER_INCOME, first.version()));
		assertThatThrownBy(() -> this.benefits.start(this.consultant, client.id(),
				new NewBenefitPeriod(BenefitKind.IOAW, end.minusDays(1))))
			.isInstanceOf(RefusedException.class);
		this.benefits.start(this.consultant, client.id(), new NewBenefitPeriod(BenefitKind.IOAW, end.plusDays(3)));
		List<BenefitPeriodView> periods = this.benefits.periods(this.consultant, client.id());
		assertThat(periods).extracting(BenefitPeriodView::kind)
			.containsExactly(BenefitKind.IOAW, BenefitKind.PARTICIPATIEWET);
		assertThat(this.clients.get(this.consultant, client.id()).benefitStartDate()).isEqualTo(end.plusDays(3));
	}

	@Test
	void anEndIsFinalAndNeverInTheFuture() {
		ClientView client = this.municipality.client(this.consultant);
		BenefitPeriodView period = this.benefits.periods(this.consultant, client.id()).get(0);
		assertThatThrownBy(() -> this.benefits.end(this.consultant, client.id(), period.id(),
				new BenefitEnd(LocalDate.now().plusDays(1), BenefitEndReason.WORK, period.version())))
			.isInstanceOf(RefusedException.class);
		assertThatThrownBy(() -> this.benefits.end(this.consultant, client.id(), period.id(),
				new BenefitEnd(START, BenefitEndReason.WORK, period.version())))
			.isInstanceOf(RefusedException.class);
		BenefitPeriodView ended = this.benefits.end(this.consultant, client.id(), period.id(),
				new BenefitEnd(LocalDate.now(), BenefitEndReason.WORK, period.version()));
		assertThat(ended.endReason()).isEqualTo(BenefitEndReason.WORK);
		assertThat(this.clients.get(this.consultant, client.id()).benefitStartDate()).isNull();
		assertThatThrownBy(() -> this.benefits.end(this.consultant, client.id(), period.id(),
				new BenefitEnd(LocalDate.now(), BenefitEndReason.OTHER, ended.version())))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void editingTheStartMovesTheRunningPeriod() {
		ClientView client = this.municipality.client(this.consultant);
		this.clients.update(this.consultant, client.id(),
				Fixtures.details()
					.bsn(client.bsn())
					.benefitStartDate(START.minusYears(2))
					.version(client.version())
					.build());
		assertThat(this.benefits.periods(this.consultant, client.id())).singleElement()
			.satisfies(period -> assertThat(period.startDate()).isEqualTo(START.minusYears(2)));
	}

	@Test
	void endingPublishesTheEvent(Scenario scenario) {
		ClientView client = this.municipality.client(this.consultant);
		BenefitPeriodView period = this.benefits.periods(this.consultant, client.id()).get(0);
		LocalDate end = LocalDate.now().minusDays(3);
		scenario
			.stimulate(() -> this.benefits.end(this.consultant, client.id(), period.id(),
					new BenefitEnd(end, BenefitEndReason.MOVED, period.version())))
			.andWaitForEventOfType(BenefitEnded.class)
			.matching(event -> event.clientId().equals(client.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.endDate()).isEqualTo(end);
				assertThat(event.reason()).isEqualTo(BenefitEndReason.MOVED);
				assertThat(event.caseLeadId()).isEqualTo(this.consultant.id());
			});
	}

	@Test
	void onlyTheCaseLeadOrACoordinatorEndsAndOtherMunicipalitiesSeeNothing() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		BenefitPeriodView period = this.benefits.periods(this.consultant, client.id()).get(0);
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		BenefitEnd end = new BenefitEnd(LocalDate.now(), BenefitEndReason.WORK, period.version());
		assertThatThrownBy(() -> this.benefits.end(colleague, client.id(), period.id(), end))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.benefits.periods(stranger, client.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.benefits.end(stranger, client.id(), period.id(), end))
			.isInstanceOf(NotFoundException.class);
		String body = """
				{"endDate": "%s", "reason": "WORK", "version": %d}""".formatted(LocalDate.now(), period.version());
		this.mvc
			.perform(put("/api/v1/clients/" + client.id() + "/benefit-periods/" + period.id() + "/end")
				.contentType("application/json")
				.content(body)
				.with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients/" + client.id() + "/benefit-periods").with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/clients/" + client.id() + "/benefit-periods/" + period.id() + "/end")
				.contentType("application/json")
				.content(body)
				.with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endReason").value("WORK"));
		this.mvc.perform(get("/api/v1/clients/" + client.id() + "/benefit-periods").with(user(this.consultant)))
			.andExpect(jsonPath("$[0].endReason").value("WORK"));
	}

	@Test
	void theFileSectionEndsABenefitThroughTheForm() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		BenefitPeriodView period = this.benefits.periods(this.consultant, client.id()).get(0);
		this.mvc.perform(get("/clients/" + client.id() + "/benefits").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Uitkering beëindigen")));
		this.mvc
			.perform(post("/clients/" + client.id() + "/benefits/" + period.id() + "/end")
				.param("endDate", LocalDate.now().plusDays(2).toString())
				.param("reason", "WORK")
				.param("version", Long.toString(period.version()))
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("niet in de toekomst")));
		this.mvc
			.perform(post("/clients/" + client.id() + "/benefits/" + period.id() + "/end")
				.param("endDate", LocalDate.now().toString())
				.param("reason", "DECEASED")
				.param("version", Long.toString(period.version()))
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.benefits.periods(this.consultant, client.id()).get(0).endReason())
			.isEqualTo(BenefitEndReason.DECEASED);
	}

}
