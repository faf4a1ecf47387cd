package nl.koers.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.route.api.Route;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Contracts, their phases, payment schedule and target routes in plain SQL.
 */
@Repository
class ContractStore {

	private static final String CONTRACT = """
			select c.*, o.name as provider_name,
			       array(select p.name from contract_phase p where p.contract_id = c.id order by p.number) as phase_names,
			       array(select r.route from contract_route r where r.contract_id = c.id) as route_names
			from contract c
			join map_organisation o on o.id = c.provider_id
			""";

	private final JdbcClient jdbc;

	ContractStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Terms checked by the service, with the defaults filled in.
	 */
	record Checked(ContractTerms form, List<PaymentLine> schedule, List<String> phases, Integer minAgeMonths,
			Integer maxAgeMonths) {
	}

	UUID insert(UUID municipalityId, Checked terms, UUID author, Instant now) {
		UUID id = UUID.randomUUID();
		ContractTerms form = terms.form();
		this.jdbc
			.sql("""
					insert into contract (id, municipality_id, provider_id, name, lot, places, price, budget_source,
					    schedule_kind, nomination_from, nomination_until, max_months, aftercare_months, warning_days,
					    min_age_months, max_age_months, min_benefit_months, exceptions_need_approval, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(id, municipalityId, form.providerId(), form.name().strip(), text(form.lot()), form.places(),
					form.price(), form.budgetSource().strip(), form.scheduleKind().name(), form.nominationFrom(),
					form.nominationUntil(), form.maxMonths(), orZero(form.aftercareMonths()), warningDays(form),
					terms.minAgeMonths(), terms.maxAgeMonths(), form.minBenefitMonths(),
					Boolean.TRUE.equals(form.exceptionsNeedApproval()), author, Timestamp.from(now))
			.update();
		insertParts(id, terms);
		return id;
	}

	/**
	 * Changes the contract if the version still matches; false when it does not.
	 */
	boolean update(UUID municipalityId, UUID id, Checked terms) {
		ContractTerms form = terms.form();
		int changed = this.jdbc.sql("""
				update contract set provider_id = ?, name = ?, lot = ?, places = ?, price = ?, budget_source = ?,
				    schedule_kind = ?, nomination_from = ?, nomination_until = ?, max_months = ?, aftercare_months = ?,
				    warning_days = ?, min_age_months = ?, max_age_months = ?, min_benefit_months = ?,
				    exceptions_need_approval = ?, version = version + 1
				where id = ? and municipality_id = ? and version = ?
				""")
			.params(form.providerId(), form.name().strip(), text(form.lot()), form.places(), form.price(),
					form.budgetSource().strip(), form.scheduleKind().name(), form.nominationFrom(),
					form.nominationUntil(), form.maxMonths(), orZero(form.aftercareMonths()), warningDays(form),
					terms.minAgeMonths(), terms.maxAgeMonths(), form.minBenefitMonths(),
					Boolean.TRUE.equals(form.exceptionsNeedApproval()), id, municipalityId, form.version())
			.update();
		if (changed == 0) {
			return false;
		}
		for (String table : List.of("contract_phase", "contract_payment", "contract_route")) {
			this.jdbc.sql("delete from " + table + " where contract_id = ?").param(id).update();
		}
		insertParts(id, terms);
		return true;
	}

	Optional<ContractView> find(UUID municipalityId, UUID id) {
		return contracts(
				this.jdbc.sql(CONTRACT + " where c.id = ? and c.municipality_id = ?").params(id, municipalityId))
			.stream()
			.findFirst();
	}

	/**
	 * The contract, locked until the transaction ends, so two nominations cannot take its
	 * last place together.
	 */
	Optional<ContractView> lock(UUID municipalityId, UUID id) {
		this.jdbc.sql("select id from contract where id = ? and municipality_id = ? for update")
			.params(id, municipalityId)
			.query(UUID.class)
			.optional();
		return find(municipalityId, id);
	}

	/**
	 * The municipality's contracts, newest nomination window first; only one provider's
	 * when given.
	 */
	List<ContractView> list(UUID municipalityId, UUID providerId) {
		return contracts(this.jdbc
			.sql(CONTRACT + " where c.municipality_id = ? and (cast(? as uuid) is null or c.provider_id = ?)"
					+ " order by c.nomination_from desc, c.name")
			.params(municipalityId, providerId, providerId));
	}

	/**
	 * A page of the contracts in the same order (newest nomination window first, then by
	 * name), by key on (nomination from, name, id).
	 */
	CursorPage<ContractView> list(UUID municipalityId, UUID providerId, String next, int limit) {
		StringBuilder sql = new StringBuilder(
				CONTRACT + " where c.municipality_id = ? and (cast(? as uuid) is null or c.provider_id = ?)");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		args.add(providerId);
		args.add(providerId);
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			LocalDate from = cursor.key(0, LocalDate::parse);
			sql.append(" and (c.nomination_from < ? or (c.nomination_from = ? and (c.name, c.id) > (?, ?)))");
			args.addAll(List.of(from, from, cursor.key(1), cursor.key(2, UUID::fromString)));
		}
		sql.append(" order by c.nomination_from desc, c.name, c.id limit ?");
		args.add(limit + 1);
		return CursorPage.of(contracts(this.jdbc.sql(sql.toString()).params(args)), limit,
				contract -> Cursor.of(contract.nominationFrom().toString(), contract.name(), contract.id().toString()));
	}

	/**
	 * The contracts open for nomination on a day.
	 */
	List<ContractView> openOn(UUID municipalityId, LocalDate date) {
		return contracts(this.jdbc
			.sql(CONTRACT + " where c.municipality_id = ? and c.nomination_from <= ? and c.nomination_until >= ?"
					+ " order by c.name")
			.params(municipalityId, date, date));
	}

	private void insertParts(UUID id, Checked terms) {
		for (int i = 0; i < terms.phases().size(); i++) {
			this.jdbc.sql("insert into contract_phase (contract_id, number, name) values (?, ?, ?)")
				.params(id, i + 1, terms.phases().get(i))
				.update();
		}
		for (PaymentLine line : terms.schedule()) {
			this.jdbc.sql("insert into contract_payment (contract_id, year, phase, share) values (?, ?, ?, ?)")
				.params(id, line.year(), line.phase(), line.share())
				.update();
		}
		for (Route route : terms.form().routes() == null ? Set.<Route>of() : terms.form().routes()) {
			this.jdbc.sql("insert into contract_route (contract_id, route) values (?, ?)")
				.params(id, route.name())
				.update();
		}
	}

	/**
	 * The contracts the statement selects, with their payment schedules read in one more
	 * query for all of them; the places taken are counted by the service.
	 */
	private List<ContractView> contracts(JdbcClient.StatementSpec statement) {
		Map<UUID, List<PaymentLine>> schedules = new HashMap<>();
		List<ContractView> contracts = statement.query((rs, row) -> contract(rs, schedules)).list();
		if (!schedules.isEmpty()) {
			this.jdbc
				.sql("select contract_id, year, phase, share from contract_payment where contract_id in (:ids) "
						+ "order by coalesce(year, 0), coalesce(phase, 0)")
				.param("ids", schedules.keySet())
				.query((rs, row) -> schedules.get(rs.getObject("contract_id", UUID.class))
					.add(new PaymentLine(rs.getObject("year", Integer.class), rs.getObject("phase", Integer.class),
							rs.getBigDecimal("share"))))
				.list();
		}
		return contracts;
	}

	private static ContractView contract(ResultSet rs, Map<UUID, List<PaymentLine>> schedules) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<PaymentLine> schedule = new ArrayList<>();
		schedules.put(id, schedule);
		return new ContractView(id, rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
				rs.getString("name"), rs.getString("lot"), rs.getInt("places"), 0, rs.getBigDecimal("price"),
				rs.getString("budget_source"), ScheduleKind.valueOf(rs.getString("schedule_kind")),
				Collections.unmodifiableList(schedule), rs.getObject("nomination_from", LocalDate.class),
				rs.getObject("nomination_until", LocalDate.class), rs.getInt("max_months"),
				rs.getInt("aftercare_months"), rs.getInt("warning_days"), SqlRows.strings(rs, "phase_names"),
				rs.getObject("min_age_months", Integer.class), rs.getObject("max_age_months", Integer.class),
				rs.getObject("min_benefit_months", Integer.class), SqlRows.enums(rs, "route_names", Route.class),
				rs.getBoolean("exceptions_need_approval"), rs.getLong("version"));
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static int warningDays(ContractTerms form) {
		return form.warningDays() == null ? ContractTerms.DEFAULT_WARNING_DAYS : form.warningDays();
	}

}
