package nl.koers.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.SummaryPartView;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.Channel;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client file opens on a summary gathered from the modules' parts, each part shown
 * only to a reader with the right to its section; the sections are tabs at their own
 * address.
 */
@KoersTest
class ClientFileSummaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Appointments appointments;

	@Autowired
	List<ClientFileSummaryPart> parts;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant, Fixtures.details().name("Ria", "Overdijk"));
	}

	@Test
	void summaryMarksAnOverdueReviewInWords() throws Exception {
		LocalDate kp4 = this.today.minusMonths(8);
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, kp4, "Intake", null));
		LocalDate restEnd = this.today.minusDays(10);
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.REST, kp4.plusDays(7), "Rust", restEnd, null));
		// the review is due the default 14 days before the rest period ends, as the task
		// and the caseload say
		String review = restEnd.minusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));

		this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"part-route\"")))
			.andExpect(content().string(containsString("class=\"attention\"")))
			.andExpect(content().string(containsString(review + ", te laat")))
			.andExpect(content().string(containsString("Rust")))
			.andExpect(content().string(containsString("aria-current=\"page\"")));
	}

	@Test
	void aReviewStillAheadIsNotMarked() throws Exception {
		LocalDate kp4 = this.today.minusMonths(2);
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, kp4, "Intake", null));
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.REST, kp4.plusDays(7), "Rust", this.today.plusMonths(3), null));

		this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"part-route\"")))
			.andExpect(content().string(not(containsString("te laat"))));
	}

	@Test
	void summaryShowsTheNextConversationAndEveryTab() throws Exception {
		LocalDateTime when = this.today.plusDays(3).atTime(LocalTime.of(10, 30));
		this.appointments.plan(this.consultant, this.client.id(), new AppointmentPlan(when, Channel.PHONE, null, null));
		String file = "/clients/" + this.client.id();

		this.mvc.perform(get(file).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"part-conversation\"")))
			.andExpect(content()
				.string(containsString(when.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")))))
			.andExpect(content().string(containsString("href=\"" + file + "/route\"")))
			.andExpect(content().string(containsString("href=\"" + file + "/conversations\"")))
			.andExpect(content().string(containsString("href=\"" + file + "/timeline\"")));
		// a section is a tab of the file: the same tabs, itself selected
		this.mvc.perform(get(file + "/conversations").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"file-tabs\"")))
			.andExpect(
					content().string(containsString("<a href=\"" + file + "/conversations\" aria-current=\"page\"")));
	}

	@Test
	void aSavedItemReturnsToItsTabHighlighted() throws Exception {
		String file = "/clients/" + this.client.id();
		this.mvc
			.perform(post(file + "/conversations/appointments").with(user(this.consultant))
				.with(csrf())
				.param("plannedAt", this.today.plusDays(2).atTime(9, 0).toString())
				.param("channel", "PHONE"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(file + "/conversations#appointment-*"))
			.andExpect(flash().attribute("flash", "conversation.flash.planned"));
	}

	@Test
	void anotherMunicipalitySeesNoFileAndNoPart() throws Exception {
		CurrentUser other = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Overdijk"))));
	}

	@Test
	void aRoleWithoutTheRightGetsNoPart() {
		ClientRef ref = new ClientRef(this.client.id(), this.municipality.id(), this.client.displayName(),
				this.client.dateOfBirth(), this.client.benefitStartDate(), this.consultant.id());
		for (Role role : new Role[] { Role.MANAGER, Role.AUDITOR, Role.ADMINISTRATOR }) {
			CurrentUser reader = this.municipality.user(role);
			for (ClientFileSummaryPart part : this.parts) {
				assertThat(part.summarize(reader, ref)).as(part.getClass().getSimpleName() + " for " + role).isEmpty();
			}
		}
		// a consultant sees every part
		for (ClientFileSummaryPart part : this.parts) {
			Optional<SummaryPartView> seen = part.summarize(this.consultant, ref);
			assertThat(seen).as(part.getClass().getSimpleName()).isPresent();
		}
	}

	@Test
	void aManagerGetsForbiddenOnTheFile() throws Exception {
		CurrentUser manager = this.municipality.user(Role.MANAGER);
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(manager)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Overdijk"))));
	}

}
