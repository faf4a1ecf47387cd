package nl.koers.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.consent.api.ConsentView;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.SharingAgreementView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Data-sharing agreements and consents in plain SQL, with their categories.
 */
@Repository
class ConsentStore {

	private static final String AGREEMENT = """
			select a.id, a.organisation_id, a.legal_basis, a.purpose, a.valid_from, a.valid_until, a.recorded_by_name,
			       a.recorded_at,
			       array(select c.category from sharing_agreement_category c where c.agreement_id = a.id) as categories
			from sharing_agreement a
			""";

	private static final String CONSENT = """
			select c.id, c.client_id, c.organisation_id, c.valid_from, c.valid_until, c.recorded_by_name, c.recorded_at,
			       c.withdrawn_at, c.withdrawn_by_name, c.withdrawal_reason,
			       array(select k.category from consent_category k where k.consent_id = c.id) as categories
			from consent c
			""";

	private final JdbcClient jdbc;

	ConsentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insertAgreement(UUID municipalityId, UUID organisationId, NewSharingAgreement form, CurrentUser user,
			Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into sharing_agreement (id, municipality_id, organisation_id, legal_basis, purpose, "
					+ "valid_from, valid_until, recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, organisationId, form.legalBasis().strip(), form.purpose().strip(),
					form.validFrom(), form.validUntil(), user.displayName(), Timestamp.from(now))
			.update();
		form.categories()
			.forEach(category -> this.jdbc
				.sql("insert into sharing_agreement_category (agreement_id, category) values (?, ?)")
				.params(id, category.name())
				.update());
		return id;
	}

	List<SharingAgreementView> agreements(UUID municipalityId, UUID organisationId) {
		return this.jdbc
			.sql(AGREEMENT + "where a.municipality_id = ? and (cast(? as uuid) is null or a.organisation_id = ?) "
					+ "order by a.valid_from desc, a.id")
			.params(municipalityId, organisationId, organisationId)
			.query(ConsentStore::agreement)
			.list();
	}

	UUID insertConsent(UUID clientId, UUID municipalityId, NewConsent form, CurrentUser user, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into consent (id, client_id, municipality_id, organisation_id, valid_from, valid_until, "
					+ "recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, clientId, municipalityId, form.organisationId(), form.validFrom(), form.validUntil(),
					user.displayName(), Timestamp.from(now))
			.update();
		form.categories()
			.forEach(category -> this.jdbc.sql("insert into consent_category (consent_id, category) values (?, ?)")
				.params(id, category.name())
				.update());
		return id;
	}

	List<ConsentView> consents(UUID clientId) {
		return this.jdbc.sql(CONSENT + "where c.client_id = ? order by c.valid_from desc, c.recorded_at desc")
			.param(clientId)
			.query(ConsentStore::consent)
			.list();
	}

	Optional<ConsentView> consent(UUID municipalityId, UUID id) {
		return this.jdbc.sql(CONSENT + "where c.municipality_id = ? and c.id = ?")
			.params(municipalityId, id)
			.query(ConsentStore::consent)
			.optional();
	}

	void withdraw(UUID id, CurrentUser user, String reason, Instant now) {
		this.jdbc
			.sql("update consent set withdrawn_at = ?, withdrawn_by_name = ?, withdrawal_reason = ? "
					+ "where id = ? and withdrawn_at is null")
			.params(Timestamp.from(now), user.displayName(), reason, id)
			.update();
	}

	/**
	 * The categories that an agreement of the organisation and a consent of the client
	 * both allow on the day.
	 */
	Set<DataCategory> permitted(UUID municipalityId, UUID clientId, UUID organisationId, LocalDate day) {
		List<String> categories = this.jdbc.sql("""
				select distinct ac.category
				from sharing_agreement a join sharing_agreement_category ac on ac.agreement_id = a.id
				join consent c on c.organisation_id = a.organisation_id and c.client_id = ?
				join consent_category cc on cc.consent_id = c.id and cc.category = ac.category
				where a.municipality_id = ? and a.organisation_id = ?
				  and a.valid_from <= ? and (a.valid_until is null or a.valid_until > ?)
				  and c.withdrawn_at is null and c.valid_from <= ? and (c.valid_until is null or c.valid_until > ?)""")
			.params(clientId, municipalityId, organisationId, day, day, day, day)
			.query(String.class)
			.list();
		Set<DataCategory> permitted = EnumSet.noneOf(DataCategory.class);
		categories.forEach(category -> permitted.add(DataCategory.valueOf(category)));
		return permitted;
	}

	/**
	 * {@link #permitted(UUID, UUID, UUID, LocalDate)} for several clients in one query;
	 * every client given is a key.
	 */
	Map<UUID, Set<DataCategory>> permitted(UUID municipalityId, Collection<UUID> clientIds, UUID organisationId,
			LocalDate day) {
		Map<UUID, Set<DataCategory>> permitted = new HashMap<>();
		clientIds.forEach(clientId -> permitted.put(clientId, EnumSet.noneOf(DataCategory.class)));
		if (clientIds.isEmpty()) {
			return permitted;
		}
		this.jdbc
			.sql("""
					select distinct c.client_id, ac.category
					from sharing_agreement a join sharing_agreement_category ac on ac.agreement_id = a.id
					join consent c on c.organisation_id = a.organisation_id and c.client_id in (:clients)
					join consent_category cc on cc.consent_id = c.id and cc.category = ac.category
					where a.municipality_id = :municipality and a.organisation_id = :organisation
					  and a.valid_from <= :day and (a.valid_until is null or a.valid_until > :day)
					  and c.withdrawn_at is null and c.valid_from <= :day and (c.valid_until is null or c.valid_until > :day)""")
			.param("clients", clientIds)
			.param("municipality", municipalityId)
			.param("organisation", organisationId)
			.param("day", day)
			.query((rs, row) -> permitted.get(rs.getObject("client_id", UUID.class))
				.add(DataCategory.valueOf(rs.getString("category"))))
			.list();
		return permitted;
	}

	private static SharingAgreementView agreement(ResultSet rs, int row) throws SQLException {
		return new SharingAgreementView(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				SqlRows.enums(rs, "categories", DataCategory.class), rs.getString("legal_basis"),
				rs.getString("purpose"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getString("recorded_by_name"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	private static ConsentView consent(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new ConsentView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), SqlRows.enums(rs, "categories", DataCategory.class),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant(),
				withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_by_name"),
				rs.getString("withdrawal_reason"));
	}

}
