package nl.koers.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.koers.agreement.api.AgreementBroken;
import nl.koers.agreement.api.AgreementOutcome;
import nl.koers.agreement.api.AgreementView;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.agreement.api.NewAgreementOutcome;
import nl.koers.agreement.api.OutcomeRecord;
import nl.koers.agreement.api.SharedAgreement;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Agreements made with a client ({@link Agreements}), and the pages' reads. Recording a
 * broken agreement publishes {@link AgreementBroken} in the same transaction. Every call
 * asks the {@link AgreementPolicy} and passes {@link ClientAccess}, which checks the
 * client and writes the access log.
 */
@Service
@Validated
class AgreementService implements Agreements {

	/**
	 * The data category (of {@code consent}) an institution needs to see the agreements.
	 */
	private static final String SHARED_CATEGORY = "AGREEMENTS";

	private final AgreementStore store;

	private final ClientAccess access;

	private final AgreementPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementService(AgreementStore store, ClientAccess access, AgreementPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.access = access;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AgreementView make(CurrentUser user, UUID clientId, NewAgreement agreement) {
		this.policy.requireRecord(user);
		ClientRef client = this.access.change(user, clientId);
		NewAgreement checked = checked(agreement);
		notInFuture("madeOn", checked.madeOn());
		UUID id = this.store.insert(client.municipalityId(), client.id(), checked, user, now());
		return this.store.find(client.municipalityId(), id).orElseThrow();
	}

	@Override
	@Transactional
	public List<AgreementView> agreements(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		return this.store.forClient(client.municipalityId(), client.id());
	}

	@Override
	@Transactional
	public List<SharedAgreement> sharedAgreements(CurrentUser worker, UUID clientId) {
		UUID id = this.access.readShared(worker, clientId, SHARED_CATEGORY).id();
		return this.store.forClient(worker.municipalityId(), id).stream().map(agreement -> {
			OutcomeRecord outcome = agreement.outcome();
			return new SharedAgreement(agreement.description(), agreement.madeOn(),
					outcome == null ? null : outcome.outcome(), outcome == null ? null : outcome.outcomeOn());
		}).toList();
	}

	/**
	 * A page of the client's agreements, oldest first, for the API.
	 */
	@Transactional
	public CursorPage<AgreementView> agreements(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		return this.store.forClient(client.municipalityId(), client.id(), next, limit);
	}

	/**
	 * One agreement with every recorded outcome.
	 */
	@Transactional
	public AgreementView agreement(CurrentUser user, UUID agreementId) {
		this.policy.requireRead(user);
		AgreementView agreement = find(user, agreementId);
		this.access.read(user, agreement.clientId());
		return agreement;
	}

	@Override
	@Transactional
	public AgreementView recordOutcome(CurrentUser user, UUID agreementId, NewAgreementOutcome outcome) {
		this.policy.requireRecord(user);
		AgreementView agreement = find(user, agreementId);
		ClientRef client = this.access.change(user, agreement.clientId());
		NewAgreementOutcome checked = checked(outcome);
		notInFuture("outcomeOn", checked.outcomeOn());
		if (checked.outcomeOn().isBefore(agreement.madeOn())) {
			throw new RefusedException("outcomeOn", "agreement.outcomeOn.beforeMade");
		}
		this.store.addOutcome(agreement.id(), checked, user, now());
		if (checked.outcome() == AgreementOutcome.BROKEN) {
			this.events.publishEvent(new AgreementBroken(agreement.id(), client.id(), client.municipalityId(),
					checked.outcomeOn(), checked.validReason(), agreement.tiedToProvision(), agreement.description()));
		}
		return find(user, agreementId);
	}

	/**
	 * The client's agreements that, as they now stand, were broken without a valid
	 * reason: a possible ground for a measure. A read of the client.
	 */
	@Transactional
	public List<BrokenAgreement> brokenWithoutValidReason(CurrentUser user, UUID clientId) {
		return agreements(user, clientId).stream()
			.filter(agreement -> agreement.outcome() != null && agreement.outcome().brokenWithoutValidReason())
			.map(agreement -> new BrokenAgreement(agreement.id(), agreement.clientId(), agreement.description(),
					agreement.madeOn(), agreement.outcome().outcomeOn(), agreement.tiedToProvision(),
					agreement.outcome().explanation()))
			.toList();
	}

	/**
	 * The client and their agreements for the agreements page, and whether the user may
	 * record.
	 */
	@Transactional
	AgreementPage page(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		return page(user, this.access.read(user, clientId));
	}

	private AgreementPage page(CurrentUser user, ClientRef client) {
		return new AgreementPage(client, this.access.mayChange(user, client),
				this.store.forClient(client.municipalityId(), client.id()), LocalDate.now(this.clock));
	}

	/**
	 * The agreements page for a user who may record, for the forms; the agreement, when
	 * given, must be one of the client's. Who may record is asked before the read is
	 * logged (a refusal is a denied entry, never a read).
	 */
	@Transactional
	AgreementPage recordingPage(CurrentUser user, UUID clientId, UUID agreementId) {
		this.policy.requireRead(user);
		AgreementPage page = page(user, this.access.readToChange(user, clientId));
		if (agreementId != null && page.agreement(agreementId) == null) {
			throw new NotFoundException("agreement");
		}
		return page;
	}

	record AgreementPage(ClientRef client, boolean mayRecord, List<AgreementView> agreements, LocalDate today) {

		AgreementView agreement(UUID agreementId) {
			return this.agreements.stream()
				.filter(agreement -> agreement.id().equals(agreementId))
				.findFirst()
				.orElse(null);
		}

	}

	private AgreementView find(CurrentUser user, UUID agreementId) {
		return this.store.find(user.municipalityId(), agreementId)
			.orElseThrow(() -> new NotFoundException("agreement"));
	}

	private static NewAgreement checked(NewAgreement agreement) {
		String provision = blankToNull(agreement.provision());
		boolean costBearing = Boolean.TRUE.equals(agreement.costBearing());
		if (costBearing && provision == null) {
			throw new InvalidFieldException("provision", "agreement.provision.required");
		}
		if (provision != null && agreement.trajectoryId() != null) {
			throw new InvalidFieldException("trajectoryId", "agreement.tie.both");
		}
		return new NewAgreement(agreement.description(), agreement.madeOn(), provision, costBearing,
				agreement.trajectoryId());
	}

	private static NewAgreementOutcome checked(NewAgreementOutcome outcome) {
		String explanation = blankToNull(outcome.explanation());
		if (outcome.outcome() == AgreementOutcome.KEPT) {
			return new NewAgreementOutcome(outcome.outcome(), outcome.outcomeOn(), null, explanation);
		}
		if (outcome.validReason() == null) {
			throw new InvalidFieldException("validReason", "agreement.validReason.required");
		}
		if (explanation == null) {
			throw new InvalidFieldException("explanation", "agreement.explanation.required");
		}
		return new NewAgreementOutcome(outcome.outcome(), outcome.outcomeOn(), outcome.validReason(), explanation);
	}

	private void notInFuture(String field, LocalDate date) {
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidFieldException(field, "agreement.date.future");
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
