package nl.koers.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.HouseholdView;
import nl.koers.system.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Households, their members and which household each client belongs to
 * ({@code client.household_id}, which the entity does not map: only households change
 * it).
 */
@Repository
class HouseholdStore {

	private final JdbcClient jdbc;

	HouseholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A household as stored, without its clients and members.
	 */
	record Household(UUID id, long version, boolean membersRecorded) {
	}

	/**
	 * Where a client stands: the household, how many clients it has, and whether the
	 * client is in it as a member (rather than as its first client).
	 */
	record Place(UUID householdId, int clients, boolean member) {
	}

	/**
	 * A member to store, with the client it is when it is one.
	 */
	record NewMember(HouseholdMember member, UUID clientId) {
	}

	/**
	 * The client's household, locked until the caller's transaction ends when
	 * {@code forUpdate}.
	 */
	Household householdOf(UUID clientId, boolean forUpdate) {
		return this.jdbc.sql(
				"select h.id, h.version, h.members_recorded_at from household h join client c on c.household_id = h.id "
						+ "where c.id = ?" + (forUpdate ? " for update of h" : ""))
			.param(clientId)
			.query((rs, n) -> new Household(rs.getObject("id", UUID.class), rs.getLong("version"),
					rs.getTimestamp("members_recorded_at") != null))
			.single();
	}

	/**
	 * The household's clients, its first client (named by no member) first.
	 */
	List<HouseholdView.HouseholdClient> clients(UUID householdId) {
		return this.jdbc.sql("""
				select c.id, c.given_name, c.name_prefix, c.family_name from client c
				left join household_member m on m.client_id = c.id and m.household_id = c.household_id
				where c.household_id = ? order by m.position nulls first, c.family_name, c.given_name, c.id""")
			.param(householdId)
			.query((rs, n) -> new HouseholdView.HouseholdClient(rs.getObject("id", UUID.class),
					ClientName.of(rs.getString("given_name"), rs.getString("name_prefix"),
							rs.getString("family_name"))))
			.list();
	}

	List<HouseholdView.MemberView> members(UUID householdId) {
		return this.jdbc
			.sql("select relation, given_name, name_prefix, family_name, date_of_birth, bsn, client_id "
					+ "from household_member where household_id = ? order by position")
			.param(householdId)
			.query((rs, n) -> member(rs))
			.list();
	}

	/**
	 * Where the client stands, after locking the client's row until the caller's
	 * transaction ends: two changes that would both take the client into their household
	 * then see each other, the second one the first's result.
	 */
	Optional<Place> place(UUID clientId) {
		this.jdbc.sql("select id from client where id = ? for update").param(clientId).query(UUID.class).optional();
		return this.jdbc.sql("""
				select c.household_id, (select count(*) from client o where o.household_id = c.household_id) as clients,
				    exists (select 1 from household_member m where m.client_id = c.id) as member
				from client c where c.id = ?""")
			.param(clientId)
			.query((rs, n) -> new Place(rs.getObject("household_id", UUID.class), rs.getInt("clients"),
					rs.getBoolean("member")))
			.optional();
	}

	void replaceMembers(UUID householdId, List<NewMember> members, Instant now) {
		this.jdbc.sql("delete from household_member where household_id = ?").param(householdId).update();
		for (int position = 0; position < members.size(); position++) {
			HouseholdMember member = members.get(position).member();
			this.jdbc.sql("""
					insert into household_member (id, household_id, position, relation, given_name, name_prefix,
					    family_name, date_of_birth, bsn, client_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Ids.next(), householdId, position, member.relation().name(), member.givenName().strip(),
						blankToNull(member.namePrefix()), member.familyName().strip(), member.dateOfBirth(),
						blankToNull(member.bsn()), members.get(position).clientId())
				.update();
		}
		this.jdbc.sql("update household set members_recorded_at = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(now), householdId)
			.update();
	}

	/**
	 * Moves the client into the household; the household they leave is removed (with its
	 * members) when no client is left in it.
	 */
	void move(UUID clientId, UUID householdId) {
		UUID left = this.jdbc.sql("select household_id from client where id = ?")
			.param(clientId)
			.query(UUID.class)
			.single();
		this.jdbc.sql("update client set household_id = ? where id = ?").params(householdId, clientId).update();
		this.jdbc.sql("delete from household where id = ? and not exists (select 1 from client where household_id = ?)")
			.params(left, left)
			.update();
	}

	/**
	 * Gives the client a new household of their own, without members recorded.
	 */
	void moveOut(UUID clientId, UUID municipalityId) {
		UUID household = Ids.next();
		this.jdbc.sql("insert into household (id, municipality_id) values (?, ?)")
			.params(household, municipalityId)
			.update();
		move(clientId, household);
	}

	Map<UUID, UUID> householdsOf(UUID municipalityId, Collection<UUID> clientIds) {
		Map<UUID, UUID> households = new HashMap<>();
		if (clientIds.isEmpty()) {
			return households;
		}
		this.jdbc.sql("select id, household_id from client where municipality_id = ? and id = any(cast(? as uuid[]))")
			.params(municipalityId, clientIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> households.put(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class)))
			.list();
		return households;
	}

	private static HouseholdView.MemberView member(ResultSet rs) throws SQLException {
		String given = rs.getString("given_name");
		String prefix = rs.getString("name_prefix");
		String family = rs.getString("family_name");
		return new HouseholdView.MemberView(HouseholdRelation.valueOf(rs.getString("relation")), given, prefix, family,
				ClientName.of(given, prefix, family), rs.getObject("date_of_birth", LocalDate.class),
				rs.getString("bsn"), rs.getObject("client_id", UUID.class));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
