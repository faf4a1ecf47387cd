package nl.koers.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.privacy.api.AccessRequestSubject;
import nl.koers.privacy.api.AccessRequestSubjects;
import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's access request (AVG article 15): everything Koers holds about them, read
 * from every table the modules declare ({@link ClientRecords}), with who read the file
 * and with whom it was shared; as JSON and as a readable PDF. Only a coordinator, for a
 * client of their own municipality; the export is recorded in the access log.
 */
@Service
class AccessRequestService {

	/**
	 * The order of the sections: the person, the route and the guidance, decisions,
	 * documents, sharing and care, trajectories, what reports keep, and the access log
	 * last. A table not named here follows these (the export still has it).
	 */
	static final List<String> ORDER = List.of("client", "household", "household_member", "benefit_period",
			"client_change", "route_event", "route_period", "task", "assessment", "assessment_score", "screening_item",
			"appointment", "appointment_event", "contact", "outreach_attempt", "goal", "goal_status_change",
			"goal_progress", "agreement", "agreement_outcome", "exemption", "measure", "measure_fact",
			"decision_letter", "document", "consent", "consent_category", "referral", "referral_category",
			"referral_status", "referral_note", "purchase_request", "advice_request", "coordination_signal",
			"coordination_follow_up", "trajectory", "trajectory_event", "budget_commitment", "client_outcome",
			"engagement_period", "import_fingerprint", "legal_hold", "retention_erasure", "access_log_entry");

	private final AccessRequestPolicy policy;

	private final AccessRequestSubjects subjects;

	private final List<ClientRecords> records;

	private final AccessRequestStore store;

	private final UserDirectory users;

	private final AccessRequestPdf pdf;

	private final AccessRequestJson json;

	private final Clock clock;

	AccessRequestService(AccessRequestPolicy policy, AccessRequestSubjects subjects, List<ClientRecords> records,
			AccessRequestStore store, UserDirectory users, AccessRequestPdf pdf, AccessRequestJson json, Clock clock) {
		this.policy = policy;
		this.subjects = subjects;
		this.records = List.copyOf(records);
		this.store = store;
		this.users = users;
		this.pdf = pdf;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The export as JSON (machine-readable: ISO dates, column names in camelCase), with
	 * the headings in the user's language.
	 */
	@Transactional
	public Map<String, Object> json(CurrentUser user, UUID clientId, Locale locale) {
		this.policy.requireExport(user);
		return this.json.write(collect(user, clientId), locale);
	}

	/**
	 * The export as a readable PDF, in Dutch.
	 */
	@Transactional
	public byte[] pdf(CurrentUser user, UUID clientId) {
		this.policy.requireExport(user);
		return this.pdf.render(collect(user, clientId));
	}

	/**
	 * The client's name for the page that offers the export (not found when the user may
	 * not see the client).
	 */
	@Transactional
	public String clientName(CurrentUser user, UUID clientId) {
		this.policy.requireExport(user);
		return this.subjects.name(user, clientId);
	}

	/**
	 * The tables every module declares, in the order the export shows them: the tables
	 * named in {@link #ORDER} as a reader goes through a file, then any other by kind of
	 * record, parents before their children.
	 */
	List<ClientTable> tables() {
		List<ClientTable> tables = new ArrayList<>();
		for (ClientRecords module : this.records) {
			List<ClientTable> own = new ArrayList<>(module.tables());
			Collections.reverse(own);
			tables.addAll(own);
		}
		tables
			.sort(Comparator.comparingInt(AccessRequestService::place).thenComparing(table -> table.kind().ordinal()));
		return tables;
	}

	private static int place(ClientTable table) {
		int place = ORDER.indexOf(table.name());
		return place < 0 ? ORDER.size() : place;
	}

	private AccessRequest collect(CurrentUser user, UUID clientId) {
		AccessRequestSubject subject = this.subjects.export(user, clientId);
		List<AccessRequestSection> sections = new ArrayList<>();
		for (ClientTable table : tables()) {
			sections.add(this.store.rows(table, subject.id(), AccessRequestLabels.EXCLUDED));
		}
		sections.add(this.store.consents(subject.id()));
		sections.add(this.store.referrals(subject.id()));
		sections.add(this.store.institutionReads(subject.id()));
		String municipality = this.users.municipalityName(user.municipalityId()).orElse("");
		return new AccessRequest(subject, municipality, this.clock.instant(), user.displayName(), sections);
	}

}
