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
import nl.koers.obligation.MeasureRule.Message;
import nl.koers.obligation.MeasureRule.Verdict;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Measures (sanctions) on KP4 clients: allowed only on the two grounds, when the recorded
 * facts back the ground, with a written justification, and taken only when a coordinator
 * other than the proposer approves. Who may do what is the {@link ObligationPolicy}'s
 * decision and the client gate's; whether the facts back a ground is the ground's
 * {@link MeasureRule}'s.
 */
@Service
@Validated
class MeasureService {

	static final Locale RECORD_LANGUAGE = Locale.forLanguageTag("nl");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final MeasureStore store;

	private final Map<MeasureGround, MeasureRule> rules;

	private final ClientAccess clients;

	private final ObligationPolicy policy;

	private final MessageSource messages;

	private final Clock clock;

	MeasureService(MeasureStore store, List<MeasureRule> rules, ClientAccess clients, ObligationPolicy policy,
			MessageSource messages, Clock clock) {
		this.store = store;
		this.rules = rules.stream().collect(Collectors.toMap(MeasureRule::ground, Function.identity()));
		this.clients = clients;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public MeasureView propose(CurrentUser user, UUID clientId, @Valid MeasureForm form) {
		ClientRef client = this.clients.change(user, clientId);
		MeasureGround ground = MeasureGround.parse(form.ground())
			.orElseThrow(() -> new RefusedException("ground", "measure.refused.ground"));
		Verdict verdict = this.rules.get(ground).check(client.id(), form.agreementId(), LocalDate.now(this.clock));
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
		this.policy.requireDecide(user);
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
		this.policy.requireReadReport(user);
		return this.store.perYear(user.municipalityId(), fromYear, untilYear);
	}

	int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

	private MeasureView find(CurrentUser user, UUID measureId) {
		this.policy.requireWorkWithObligations(user);
		return this.store.find(user.municipalityId(), measureId).orElseThrow(() -> new NotFoundException("measure"));
	}

	private String text(Message message) {
		return this.messages.getMessage(message.key(), printable(message.args()), RECORD_LANGUAGE);
	}

	static Object[] printable(Object[] args) {
		return Arrays.stream(args).map(arg -> arg instanceof LocalDate day ? DAY.format(day) : arg).toArray();
	}

}
