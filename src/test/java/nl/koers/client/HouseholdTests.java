package nl.koers.client;

import java.time.LocalDate;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.HouseholdType;
import nl.koers.client.api.HouseholdView;
import nl.koers.client.api.Households;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class HouseholdTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant);
	}

	@Test
	void aNewClientHasAHouseholdOfTheirOwnWithoutMembersRecorded() {
		HouseholdView household = this.client.household();
		assertThat(household.membersRecorded()).isFalse();
		assertThat(household.members()).isEmpty();
		assertThat(household.clients()).extracting(HouseholdView.HouseholdClient::id).containsExactly(this.client.id());
	}

	@Test
	void theApiRecordsMembersAndTheFileShowsThemWithTheCompositionDerived() throws Exception {
		call(this.consultant, put(household(this.client)).content("""
				{"version": 0, "members": [
				  {"relation": "PARTNER", "givenName": "Mirjam", "familyName": "Jansen", "dateOfBirth": "1977-02-01",
				   "bsn": "%s"},
				  {"relation": "CHILD", "givenName": "Emma", "familyName": "Jansen", "dateOfBirth": "2012-05-06"}]}"""
			.formatted(Fixtures.nextBsn()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.members[0].relation").value("PARTNER"))
			.andExpect(jsonPath("$.members[1].displayName").value("Emma Jansen"));
		call(this.consultant, get("/api/v1/clients/" + this.client.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.household.membersRecorded").value(true))
			.andExpect(jsonPath("$.household.members[0].givenName").value("Mirjam"))
			.andExpect(jsonPath("$.household.members[0].bsn").isNotEmpty())
			.andExpect(jsonPath("$.householdType").value("COUPLE_WITH_CHILDREN"))
			.andExpect(jsonPath("$.children").value(1));
	}

	@Test
	void twoClientsWhoArePartnersShareOneHouseholdUntilThePartnerIsTakenOut() {
		ClientView partner = this.municipality.client(this.consultant);
		HouseholdView shared = this.households.replaceMembers(this.consultant, this.client.id(),
				members(0, partnerOf(partner)));
		assertThat(shared.members().get(0).clientId()).isEqualTo(partner.id());
		assertThat(shared.clients()).extracting(HouseholdView.HouseholdClient::id)
			.containsExactly(this.client.id(), partner.id());
		HouseholdView fromPartner = this.households.household(this.consultant, partner.id());
		assertThat(fromPartner.id()).isEqualTo(shared.id());
		assertThat(fromPartner.householdType()).isEqualTo(HouseholdType.COUPLE);

		this.households.replaceMembers(this.consultant, partner.id(), members(shared.version()));

		HouseholdView own = this.households.household(this.consultant, partner.id());
		assertThat(own.id()).isNotEqualTo(shared.id());
		assertThat(own.clients()).extracting(HouseholdView.HouseholdClient::id).containsExactly(partner.id());
		assertThat(this.households.household(this.consultant, this.client.id()).clients()).hasSize(1);
	}

	@Test
	void theSameMembersSentAgainChangeNothing() {
		HouseholdMember child = new HouseholdMember(HouseholdRelation.CHILD, "Emma", null, "Jansen",
				LocalDate.of(2012, 5, 6), null);
		HouseholdView first = this.households.replaceMembers(this.consultant, this.client.id(), members(0, child));
		HouseholdMember again = new HouseholdMember(HouseholdRelation.CHILD, " Emma ", "", "Jansen",
				LocalDate.of(2012, 5, 6), "");
		HouseholdView second = this.households.replaceMembers(this.consultant, this.client.id(),
				members(first.version(), again));
		assertThat(second.version()).isEqualTo(first.version());
		assertThat(second.members()).isEqualTo(first.members());
	}

	@Test
	void readingAFileWithAPartnerClientIsLoggedAsAReadOfThePartnerToo() throws Exception {
		ClientView partner = this.municipality.client(this.consultant);
		this.households.replaceMembers(this.consultant, this.client.id(), members(0, partnerOf(partner)));
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		call(coordinator, get("/api/v1/clients/" + this.client.id())).andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where client_id = ? and user_id = ? " + "and action = 'READ'")
			.params(partner.id(), coordinator.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesTheSameBsnTwiceAndTheFirstClientAsMember() {
		String bsn = Fixtures.nextBsn();
		HouseholdMember one = new HouseholdMember(HouseholdRelation.CHILD, "Emma", null, "Jansen", null, bsn);
		HouseholdMember two = new HouseholdMember(HouseholdRelation.CHILD, "Liam", null, "Jansen", null, bsn);
		assertThatThrownBy(
				() -> this.households.replaceMembers(this.consultant, this.client.id(), members(0, one, two)))
			.isInstanceOf(RefusedException.class)
			.extracting(ex -> ((RefusedException) ex).reasons().get(0).messageKey())
			.isEqualTo("household.member.bsn.twice");
		HouseholdMember self = new HouseholdMember(HouseholdRelation.OTHER, "Jan", null, "Jansen", null,
				this.client.bsn());
		assertThatThrownBy(() -> this.households.replaceMembers(this.consultant, this.client.id(), members(0, self)))
			.isInstanceOf(RefusedException.class)
			.extracting(ex -> ((RefusedException) ex).reasons().get(0).messageKey())
			.isEqualTo("household.member.firstClient");
	}

	@Test
	void refusesAClientOfAnotherCaseLeadAndAClientWhoSharesAnotherHousehold() {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		ClientView theirs = this.municipality.client(colleague);
		assertThatThrownBy(
				() -> this.households.replaceMembers(this.consultant, this.client.id(), members(0, partnerOf(theirs))))
			.extracting(ex -> ((RefusedException) ex).reasons().get(0).messageKey())
			.isEqualTo("household.member.notYours");
		ClientView partner = this.municipality.client(this.consultant);
		ClientView other = this.municipality.client(this.consultant);
		this.households.replaceMembers(this.consultant, other.id(), members(0, partnerOf(partner)));
		assertThatThrownBy(
				() -> this.households.replaceMembers(this.consultant, this.client.id(), members(0, partnerOf(partner))))
			.extracting(ex -> ((RefusedException) ex).reasons().get(0).messageKey())
			.isEqualTo("household.member.otherHousehold");
	}

	@Test
	void aStaleVersionIsAConflictAndAnInvalidBsnIsNamed() throws Exception {
		this.households.replaceMembers(this.consultant, this.client.id(), members(0));
		call(this.consultant, put(household(this.client)).content("{\"version\": 0, \"members\": []}"))
			.andExpect(status().isConflict());
		call(this.consultant, put(household(this.client)).content("""
				{"version": 1, "members": [{"relation": "CHILD", "givenName": "Emma", "familyName": "Jansen",
				 "bsn": "123456789"}]}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("members[0].bsn")));
	}

	@Test
	void nobodyElseReadsOrChangesTheHousehold() throws Exception {
		CurrentUser delft = this.fixtures.municipality().user(Role.COORDINATOR);
		call(delft, get(household(this.client))).andExpect(status().isNotFound());
		call(delft, put(household(this.client)).content("{\"version\": 0, \"members\": []}"))
			.andExpect(status().isNotFound());
		call(this.municipality.user(Role.MANAGER), get(household(this.client))).andExpect(status().isForbidden());
		call(this.municipality.user(Role.INSTITUTION_WORKER), get(household(this.client)))
			.andExpect(status().isNotFound());
		call(this.municipality.user(Role.CONSULTANT),
				put(household(this.client)).content("{\"version\": 0, \"members\": []}"))
			.andExpect(status().isForbidden());
		assertThat(this.households.household(this.consultant, this.client.id()).membersRecorded()).isFalse();
	}

	@Test
	void theCaseLeadAddsAndRemovesAMemberOnTheHouseholdPage() throws Exception {
		String page = "/clients/" + this.client.id() + "/household";
		this.mvc
			.perform(post(page + "/members").param("relation", "CHILD")
				.param("givenName", "Emma")
				.param("familyName", "Jansen")
				.param("dateOfBirth", "2012-05-06")
				.param("version", "0")
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).header("HX-Request", "true").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Emma Jansen")))
			.andExpect(content().string(containsString("Kind")));
		this.mvc
			.perform(post(page + "/members/0/remove").param("version", "1").with(user(this.consultant)).with(csrf()))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(user(this.consultant)))
			.andExpect(content().string(not(containsString("Emma Jansen"))));
	}

	@Test
	void theHouseholdPageNamesAnInvalidMemberAtItsField() throws Exception {
		this.mvc
			.perform(post("/clients/" + this.client.id() + "/household/members").param("relation", "CHILD")
				.param("givenName", "Emma")
				.param("familyName", "Jansen")
				.param("bsn", this.client.bsn())
				.param("version", "0")
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("eerste cliënt")));
	}

	private static HouseholdMember partnerOf(ClientView partner) {
		return new HouseholdMember(HouseholdRelation.PARTNER, partner.givenName(), null, partner.familyName(),
				LocalDate.of(1976, 1, 1), partner.bsn());
	}

	private static HouseholdMembers members(long version, HouseholdMember... members) {
		return new HouseholdMembers(List.of(members), version);
	}

	private static String household(ClientView client) {
		return "/api/v1/clients/" + client.id() + "/household";
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(user)).contentType(MediaType.APPLICATION_JSON));
	}

}
