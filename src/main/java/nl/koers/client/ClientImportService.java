package nl.koers.client;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientImports;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.ImportedPerson.ImportedBenefit;
import nl.koers.client.api.ImportedPerson;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Ids;
import nl.koers.system.Open;
import nl.koers.system.RefusedException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients and their benefit periods as the income administration's file has them. New
 * clients of a batch are written with two JDBC batches (clients, periods); an existing
 * client goes through the same entities as a change by hand, since changes are few.
 */
@Service
class ClientImportService implements ClientImports {

	private static final String CALLED_BY_IMPORT = "called by dataimport inside its checked import step";

	private static final String SHARED_ALREADY = "household.member.firstClient";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ClientRepository clients;

	private final BenefitPeriodRepository periods;

	private final HouseholdService households;

	private final BenefitService benefits;

	private final ClientChangeStore changes;

	private final Clock clock;

	ClientImportService(JdbcClient jdbc, JdbcTemplate template, ClientRepository clients,
			BenefitPeriodRepository periods, HouseholdService households, BenefitService benefits,
			ClientChangeStore changes, Clock clock) {
		this.households = households;
		this.changes = changes;
		this.benefits = benefits;
		this.jdbc = jdbc;
		this.template = template;
		this.clients = clients;
		this.periods = periods;
		this.clock = clock;
	}

	@Override
	@Open(CALLED_BY_IMPORT)
	@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
	public Map<String, ClientRef> byBsn(UUID municipalityId, Collection<String> bsns) {
		Map<String, ClientRef> found = new HashMap<>();
		if (bsns.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("select id, bsn, given_name, name_prefix, family_name, date_of_birth, benefit_start_date, "
					+ "case_lead_id from client where municipality_id = ? and bsn = any(?)")
			.params(municipalityId, bsns.toArray(String[]::new))
			.query((rs, row) -> found.put(rs.getString("bsn"),
					new ClientRef(rs.getObject("id", UUID.class), municipalityId,
							ClientName.of(rs.getString("given_name"), rs.getString("name_prefix"),
									rs.getString("family_name")),
							rs.getObject("date_of_birth", LocalDate.class),
							rs.getObject("benefit_start_date", LocalDate.class),
							rs.getObject("case_lead_id", UUID.class))))
			.list();
		return found;
	}

	@Override
	@Open(CALLED_BY_IMPORT)
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ClientRef> register(CurrentUser importer, List<ImportedPerson> persons) {
		Instant now = this.clock.instant();
		List<ClientRef> refs = new ArrayList<>();
		List<Object[]> periodRows = new ArrayList<>();
		for (ImportedPerson person : persons) {
			UUID id = Ids.next();
			LocalDate running = running(person.benefits()).map(ImportedBenefit::start).orElse(null);
			refs.add(new ClientRef(id, importer.municipalityId(),
					ClientName.of(person.givenName(), person.namePrefix(), person.familyName()), person.dateOfBirth(),
					running, null));
			for (ImportedBenefit benefit : person.benefits()) {
				periodRows.add(new Object[] { Ids.next(), id, benefit });
			}
		}
		insertClients(importer, persons, refs, now);
		insertPeriods(importer, periodRows, now);
		return refs;
	}

	@Override
	@Open(CALLED_BY_IMPORT)
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<RefusedException.Reason> update(CurrentUser importer, ClientRef ref, ImportedPerson person) {
		Client client = this.clients.findByIdAndMunicipalityId(ref.id(), importer.municipalityId()).orElseThrow();
		List<BenefitPeriod> known = this.periods.findByClientIdOrderByStartDateDesc(client.getId());
		Optional<RefusedException.Reason> refused = refusal(known, person.benefits());
		if (refused.isPresent()) {
			return refused;
		}
		Instant now = this.clock.instant();
		Map<String, String> before = client.snapshot();
		client.currentBenefit(running(person.benefits()).map(ImportedBenefit::start).orElse(null), now);
		ClientDetails details = client.details();
		client.apply(new ClientDetails(person.bsn(), person.givenName(), person.namePrefix(), person.familyName(),
				person.dateOfBirth(), details.benefitStartDate(), person.street(), person.houseNumber(),
				person.postalCode(), person.city(), details.phone(), details.email(), details.householdType(),
				details.children(), details.caseLeadId(), details.version(), person.withoutBenefit()), now);
		for (ImportedBenefit benefit : person.benefits()) {
			Optional<BenefitPeriod> same = sameStart(known, benefit);
			if (same.isEmpty()) {
				BenefitPeriod added = new BenefitPeriod(client, benefit.kind(), benefit.start(), importer.id(), now);
				if (benefit.end() != null) {
					added.end(benefit.end(), benefit.endReason(), importer.id(), now);
				}
				this.periods.save(added);
			}
			else if (same.get().isOpen() && benefit.end() != null) {
				this.benefits.ended(client, same.get(), benefit.end(), benefit.endReason(), importer);
			}
		}
		this.periods.flush();
		this.clients.saveAndFlush(client);
		this.changes.record(client.getMunicipalityId(), client.getId(), before, client.snapshot(), "IMPORT", importer,
				now);
		return Optional.empty();
	}

	/**
	 * Why the file's periods cannot be brought into Koers's: a new period that overlaps a
	 * known one, or a known one ended differently.
	 */
	private Optional<RefusedException.Reason> refusal(List<BenefitPeriod> known, List<ImportedBenefit> benefits) {
		LocalDate today = LocalDate.now(this.clock);
		for (ImportedBenefit benefit : benefits) {
			Optional<BenefitPeriod> same = sameStart(known, benefit);
			if (benefit.end() != null && benefit.end().isAfter(today)) {
				return Optional.of(new RefusedException.Reason("benefits", "benefit.end.future"));
			}
			if (same.isPresent()) {
				if (!same.get().isOpen() && !Objects.equals(same.get().getEndDate(), benefit.end())) {
					return Optional.of(new RefusedException.Reason("benefits", "benefit.end.alreadyEnded"));
				}
			}
			else if (known.stream().anyMatch(period -> overlaps(period, benefit))) {
				return Optional.of(new RefusedException.Reason("benefits", "benefit.start.overlaps"));
			}
		}
		return Optional.empty();
	}

	/**
	 * The period Koers knows that is the file's: the one with the same start.
	 */
	private static Optional<BenefitPeriod> sameStart(List<BenefitPeriod> known, ImportedBenefit benefit) {
		return known.stream().filter(period -> period.getStartDate().equals(benefit.start())).findFirst();
	}

	private static boolean overlaps(BenefitPeriod period, ImportedBenefit benefit) {
		boolean startsBeforeItEnds = period.getEndDate() == null || benefit.start().isBefore(period.getEndDate());
		boolean endsAfterItStarts = benefit.end() == null || benefit.end().isAfter(period.getStartDate());
		return startsBeforeItEnds && endsAfterItStarts;
	}

	private static Optional<ImportedBenefit> running(List<ImportedBenefit> benefits) {
		return benefits.stream()
			.filter(benefit -> benefit.end() == null)
			.max(Comparator.comparing(ImportedBenefit::start));
	}

	private void insertClients(CurrentUser importer, List<ImportedPerson> persons, List<ClientRef> refs, Instant now) {
		Timestamp stamp = Timestamp.from(now);
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			indexes.add(i);
		}
		// each new client's own household first, in one batch (as the insert trigger
		// would, row by row)
		this.template.batchUpdate("insert into household (id, municipality_id) values (?, ?)", refs, refs.size(),
				(statement, ref) -> {
					statement.setObject(1, ref.id());
					statement.setObject(2, importer.municipalityId());
				});
		this.template.batchUpdate(
				"insert into client (id, municipality_id, bsn, given_name, name_prefix, "
						+ "family_name, date_of_birth, benefit_start_date, without_benefit, street, house_number, "
						+ "postal_code, city, version, created_at, updated_at, household_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
				indexes, indexes.size(), (statement, i) -> {
					ImportedPerson person = persons.get(i);
					ClientRef ref = refs.get(i);
					statement.setObject(1, ref.id());
					statement.setObject(2, importer.municipalityId());
					statement.setString(3, person.bsn());
					statement.setString(4, person.givenName());
					statement.setString(5, person.namePrefix());
					statement.setString(6, person.familyName());
					statement.setDate(7, Date.valueOf(person.dateOfBirth()));
					setDate(statement, 8, ref.benefitStartDate());
					statement.setString(9, ref.benefitStartDate() == null && person.withoutBenefit() != null
							? person.withoutBenefit().name() : null);
					statement.setString(10, person.street());
					statement.setString(11, person.houseNumber());
					statement.setString(12, person.postalCode());
					statement.setString(13, person.city());
					statement.setTimestamp(14, stamp);
					statement.setTimestamp(15, stamp);
					statement.setObject(16, ref.id());
				});
	}

	private void insertPeriods(CurrentUser importer, List<Object[]> rows, Instant now) {
		Timestamp stamp = Timestamp.from(now);
		this.template.batchUpdate("insert into benefit_period (id, client_id, municipality_id, kind, start_date, "
				+ "end_date, end_reason, recorded_by, recorded_at, ended_by, ended_at, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, rows.size(), (statement, row) -> {
					ImportedBenefit benefit = (ImportedBenefit) row[2];
					boolean ended = benefit.end() != null;
					statement.setObject(1, row[0]);
					statement.setObject(2, row[1]);
					statement.setObject(3, importer.municipalityId());
					statement.setString(4, benefit.kind().name());
					statement.setDate(5, Date.valueOf(benefit.start()));
					setDate(statement, 6, benefit.end());
					statement.setString(7, ended ? benefit.endReason().name() : null);
					statement.setObject(8, importer.id());
					statement.setTimestamp(9, stamp);
					statement.setObject(10, ended ? importer.id() : null);
					statement.setTimestamp(11, ended ? stamp : null);
				});
	}

	private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
		statement.setDate(index, date == null ? null : Date.valueOf(date));
	}

	@Override
	@Open(CALLED_BY_IMPORT)
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<RefusedException.Reason> replaceHousehold(CurrentUser importer, ClientRef ref,
			List<HouseholdMember> members) {
		Client client = this.clients.findByIdAndMunicipalityId(ref.id(), importer.municipalityId()).orElseThrow();
		try {
			this.households.importMembers(importer, client, members);
			return Optional.empty();
		}
		catch (RefusedException ex) {
			RefusedException.Reason reason = ex.reasons().get(0);
			// the partner's row came first and already made this household theirs and
			// ours
			return SHARED_ALREADY.equals(reason.messageKey()) ? Optional.empty() : Optional.of(reason);
		}
	}

	@Override
	@Open(CALLED_BY_IMPORT)
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<UUID, RefusedException.Reason> registerHouseholds(CurrentUser importer,
			Map<ClientRef, List<HouseholdMember>> households) {
		Set<String> memberBsns = new HashSet<>();
		households.values()
			.forEach(members -> members.stream()
				.map(HouseholdMember::bsn)
				.filter(Objects::nonNull)
				.forEach(memberBsns::add));
		Set<String> clientBsns = byBsn(importer.municipalityId(), memberBsns).keySet();
		Map<UUID, RefusedException.Reason> refused = new HashMap<>();
		Map<UUID, List<HouseholdMember>> plain = new HashMap<>();
		households.forEach((client, members) -> {
			if (members.stream().anyMatch(member -> clientBsns.contains(member.bsn()))) {
				replaceHousehold(importer, client, members).ifPresent(reason -> refused.put(client.id(), reason));
			}
			else {
				plain.put(client.id(), members);
			}
		});
		insertMembers(plain);
		return refused;
	}

	private void insertMembers(Map<UUID, List<HouseholdMember>> members) {
		if (members.isEmpty()) {
			return;
		}
		Map<UUID, UUID> householdOf = new HashMap<>();
		this.jdbc.sql("select id, household_id from client where id = any(?)")
			.params((Object) members.keySet().toArray(UUID[]::new))
			.query((rs, row) -> householdOf.put(rs.getObject("id", UUID.class),
					rs.getObject("household_id", UUID.class)))
			.list();
		List<Object[]> rows = new ArrayList<>();
		members.forEach((clientId, list) -> {
			for (int position = 0; position < list.size(); position++) {
				rows.add(new Object[] { householdOf.get(clientId), position, list.get(position) });
			}
		});
		this.template.batchUpdate(
				"insert into household_member (id, household_id, position, relation, given_name, "
						+ "name_prefix, family_name, date_of_birth, bsn) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (statement, row) -> {
					HouseholdMember member = (HouseholdMember) row[2];
					statement.setObject(1, Ids.next());
					statement.setObject(2, row[0]);
					statement.setInt(3, (Integer) row[1]);
					statement.setString(4, member.relation().name());
					statement.setString(5, member.givenName());
					statement.setString(6, member.namePrefix());
					statement.setString(7, member.familyName());
					setDate(statement, 8, member.dateOfBirth());
					statement.setString(9, member.bsn());
				});
		this.jdbc.sql("update household set members_recorded_at = ?, version = version + 1 where id = any(?)")
			.params(Timestamp.from(this.clock.instant()), householdOf.values().toArray(UUID[]::new))
			.update();
	}

}
