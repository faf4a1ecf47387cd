package nl.koers.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.agreement.api.AgreementOutcome;
import nl.koers.agreement.api.AgreementView;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.agreement.api.NewAgreementOutcome;
import nl.koers.agreement.api.OutcomeRecord;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Agreements and their appended outcomes, in plain SQL. Every lookup is bound to a
 * municipality.
 */
@Repository
class AgreementStore {

	private static final String AGREEMENT = "select id, client_id, description, made_on, provision, cost_bearing, "
			+ "trajectory_id, author_name, recorded_at from agreement where municipality_id = ? ";

	private final JdbcClient jdbc;

	AgreementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID municipalityId, UUID clientId, NewAgreement agreement, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into agreement (id, municipality_id, client_id, description, made_on, provision, cost_bearing, "
					+ "trajectory_id, author_id, author_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, clientId, agreement.description().strip(), agreement.madeOn(),
					agreement.provision(), agreement.costBearing(), agreement.trajectoryId(), author.id(),
					author.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	void addOutcome(UUID agreementId, NewAgreementOutcome outcome, CurrentUser author, Instant now) {
		this.jdbc
			.sql("insert into agreement_outcome (id, agreement_id, outcome, outcome_on, valid_reason, explanation, "
					+ "author_id, author_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), agreementId, outcome.outcome().name(), outcome.outcomeOn(),
					outcome.validReason(), outcome.explanation(), author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
	}

	Optional<AgreementView> find(UUID municipalityId, UUID id) {
		return withOutcomes(
				this.jdbc.sql(AGREEMENT + "and id = ?").params(municipalityId, id).query(AgreementStore::row).list())
			.stream()
			.findFirst();
	}

	/**
	 * The client's agreements, oldest first.
	 */
	List<AgreementView> forClient(UUID municipalityId, UUID clientId) {
		return withOutcomes(this.jdbc.sql(AGREEMENT + "and client_id = ? order by made_on, recorded_at, id")
			.params(municipalityId, clientId)
			.query(AgreementStore::row)
			.list());
	}

	/**
	 * A page of the client's agreements in the same order, by key on (made on, recorded
	 * at, id).
	 */
	CursorPage<AgreementView> forClient(UUID municipalityId, UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder(AGREEMENT + "and client_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId, clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			sql.append(" and (made_on, recorded_at, id) > (?, ?, ?)");
			args.add(cursor.key(0, LocalDate::parse));
			args.add(Timestamp.from(cursor.key(1, Instant::parse)));
			args.add(cursor.key(2, UUID::fromString));
		}
		sql.append(" order by made_on, recorded_at, id limit ?");
		args.add(limit + 1);
		CursorPage<AgreementView> page = CursorPage
			.of(this.jdbc.sql(sql.toString()).params(args).query(AgreementStore::row).list(), limit, agreement -> Cursor
				.of(agreement.madeOn().toString(), agreement.recordedAt().toString(), agreement.id().toString()));
		return new CursorPage<>(withOutcomes(page.items()), page.next());
	}

	private List<AgreementView> withOutcomes(List<AgreementView> agreements) {
		if (agreements.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<OutcomeRecord>> outcomes = this.jdbc
			.sql("select id, agreement_id, outcome, outcome_on, valid_reason, explanation, author_name, recorded_at "
					+ "from agreement_outcome where agreement_id in (:ids) order by recorded_at, id")
			.param("ids", agreements.stream().map(AgreementView::id).toList())
			.query((rs, n) -> Map.entry(rs.getObject("agreement_id", UUID.class), outcome(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return agreements.stream()
			.map(agreement -> new AgreementView(agreement.id(), agreement.clientId(), agreement.description(),
					agreement.madeOn(), agreement.provision(), agreement.costBearing(), agreement.trajectoryId(),
					agreement.authorName(), agreement.recordedAt(), outcomes.getOrDefault(agreement.id(), List.of())))
			.toList();
	}

	private static AgreementView row(ResultSet rs, int n) throws SQLException {
		return new AgreementView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("description"), rs.getObject("made_on", LocalDate.class), rs.getString("provision"),
				rs.getBoolean("cost_bearing"), rs.getObject("trajectory_id", UUID.class), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant(), List.of());
	}

	private static OutcomeRecord outcome(ResultSet rs) throws SQLException {
		return new OutcomeRecord(rs.getObject("id", UUID.class), AgreementOutcome.valueOf(rs.getString("outcome")),
				rs.getObject("outcome_on", LocalDate.class), rs.getObject("valid_reason", Boolean.class),
				rs.getString("explanation"), rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant());
	}

}
