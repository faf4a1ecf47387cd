package nl.koers.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.obligation.MeasurePolicy.Message;
import nl.koers.obligation.MeasurePolicy.Verdict;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Measures (sanctions) on KP4 clients: allowed only on the two grounds, when the recorded
 * facts back the ground, with a written justification, and taken only when a coordinator
 * other than the proposer approves.
 */
@Service
@Validated
public class Measures {

	static final Locale RECORD_LANGUAGE = Locale.forLanguageTag("nl");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final MeasureStore store;

	private final Map<MeasureGround, MeasurePolicy> policies;

	private final ClientAccess clients;

	private final MessageSource messages;

	private final Clock clock;

	Measures(MeasureStore store, List<MeasurePolicy> policies, ClientAccess clients, MessageSource messages,
			Clock clock) {
		this.store = store;
		this.policies = policies.stream().collect(Collectors.toMap(MeasurePolicy::ground, Function.identity()));
		this.clients = clients;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public MeasureView propose(CurrentUser user, UUID clientId, @Valid MeasureForm form) {
		ClientRef client = this.clients.change(user, clientId);
		MeasureGround ground = MeasureGround.parse(form.ground())
			.orElseThrow(() -> new RefusedException("ground", "measure.refused.ground"));
		Verdict verdict = this.policies.get(ground).check(client.id(), form.agreementId(), LocalDate.now(this.clock));
		if (!verdict.allowed()) {
			throw new RefusedException(verdict.refusals()
				.stream()
				.map(refusal -> new Reason(
						ground == MeasureGround.BROKEN_TRAJECTORY_AGREEMENT ? "agreementId" : "ground", refusal.key(),
						printable(refusal.args())))
				.toList());
		}
		UUID id = this.store.propose(client, ground, form.justification().strip(), text(verdict.backing()),
				verdict.agreementId(), user, this.clock.instant());
		return this.store.find(client.municipalityId(), id).orElseThrow();
	}

	/**
	 * Approves or rejects a proposed measure: a coordinator, not the proposer.
	 */
	@Transactional
	public MeasureView decide(CurrentUser user, UUID measureId, @Valid DecisionForm decision) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("only a coordinator decides on a measure");
		}
		MeasureView measure = find(user, measureId);
		this.clients.change(user, measure.clientId());
		if (measure.status() != MeasureStatus.PROPOSED) {
			throw new RefusedException("approved", "measure.refused.decided");
		}
		if (this.store.proposerOf(measureId).equals(user.id())) {
			throw new RefusedException("approved", "measure.refused.sameperson");
		}
		this.store.decide(measureId, decision.approved() ? MeasureStatus.APPROVED : MeasureStatus.REJECTED,
				decision.note(), user, this.clock.instant());
		return find(user, measureId);
	}

	@Transactional
	public List<MeasureView> list(CurrentUser user, UUID clientId) {
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.municipalityId(), client.id());
	}

	@Transactional
	public MeasureView get(CurrentUser user, UUID measureId) {
		MeasureView measure = find(user, measureId);
		this.clients.read(user, measure.clientId());
		return measure;
	}

	/**
	 * Measures per year and ground in the caller's municipality, every year and ground
	 * listed, also without measures.
	 */
	@Transactional(readOnly = true)
	public List<MeasureYear> perYear(CurrentUser user, int fromYear, int untilYear) {
		if (!user.hasAnyRole(Role.MANAGER, Role.COORDINATOR)) {
			throw new AccessDeniedException("management information only");
		}
		return this.store.perYear(user.municipalityId(), fromYear, untilYear);
	}

	int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

	private MeasureView find(CurrentUser user, UUID measureId) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR, Role.INSTITUTION_WORKER)) {
			throw new AccessDeniedException("this role has no access to client files");
		}
		return this.store.find(user.municipalityId(), measureId).orElseThrow(() -> new NotFoundException("measure"));
	}

	private String text(Message message) {
		return this.messages.getMessage(message.key(), printable(message.args()), RECORD_LANGUAGE);
	}

	static Object[] printable(Object[] args) {
		return Arrays.stream(args).map(arg -> arg instanceof LocalDate day ? DAY.format(day) : arg).toArray();
	}

}
