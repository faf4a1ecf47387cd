package nl.koers.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.consent.api.ConsentView;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.Sharing;
import nl.koers.consent.api.SharingAgreementView;
import nl.koers.consent.api.SharingPermits;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What may be shared about a client with an organisation ({@link Sharing}), and the
 * reading and withdrawing only the module's own pages do. {@link ConsentPolicy} decides
 * the roles, {@link ClientAccess} which clients.
 */
@Service
@Validated
class SharingService implements Sharing {

	private final ConsentStore store;

	private final ConsentPolicy policy;

	private final SharingPermits permits;

	private final SocialMap map;

	private final ClientAccess clients;

	private final Clock clock;

	SharingService(ConsentStore store, ConsentPolicy policy, SharingPermits permits, SocialMap map,
			ClientAccess clients, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.permits = permits;
		this.map = map;
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * The municipality's data-sharing agreements, or one organisation's.
	 */
	@Transactional(readOnly = true)
	public List<SharingAgreementView> agreements(CurrentUser user, UUID organisationId) {
		this.policy.requireReadAgreements(user);
		if (organisationId != null) {
			this.map.organisation(user, organisationId);
		}
		return this.store.agreements(user.municipalityId(), organisationId);
	}

	@Override
	@Transactional
	public SharingAgreementView recordAgreement(CurrentUser user, UUID organisationId, NewSharingAgreement form) {
		this.policy.requireRecordAgreements(user);
		this.map.organisation(user, organisationId);
		checkPeriod(form.validFrom(), form.validUntil());
		UUID id = this.store.insertAgreement(user.municipalityId(), organisationId, form, user, this.clock.instant());
		return this.store.agreements(user.municipalityId(), organisationId)
			.stream()
			.filter(agreement -> agreement.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The client's consents, withdrawn ones included; a read of the client.
	 */
	@Transactional
	public List<ConsentView> consents(CurrentUser user, UUID clientId) {
		return this.store.consents(this.clients.read(user, clientId).id());
	}

	@Override
	@Transactional
	public ConsentView recordConsent(CurrentUser user, UUID clientId, NewConsent form) {
		ClientRef client = this.clients.change(user, clientId);
		try {
			this.map.organisation(user, form.organisationId());
		}
		catch (NotFoundException ex) {
			throw new InvalidFieldException("organisationId", "consent.organisation.unknown");
		}
		checkPeriod(form.validFrom(), form.validUntil());
		UUID id = this.store.insertConsent(client.id(), client.municipalityId(), form, user, this.clock.instant());
		return this.store.consent(client.municipalityId(), id).orElseThrow();
	}

	/**
	 * Withdraws a consent; sharing under it stops at once.
	 */
	@Transactional
	public ConsentView withdraw(CurrentUser user, UUID consentId, @Valid ConsentWithdrawalForm form) {
		this.policy.requireRecordConsents(user);
		ConsentView consent = this.store.consent(user.municipalityId(), consentId)
			.orElseThrow(() -> new NotFoundException("consent"));
		this.clients.change(user, consent.clientId());
		if (consent.withdrawnAt() != null) {
			throw new RefusedException("reason", "consent.alreadyWithdrawn");
		}
		this.store.withdraw(consentId, user, form.reason().strip(), this.clock.instant());
		return this.store.consent(user.municipalityId(), consentId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	@Open("called by other modules inside their own checked step (sending a referral, a provider's view); "
			+ "takes no user")
	public Set<DataCategory> permitted(UUID municipalityId, UUID clientId, UUID organisationId) {
		return this.permits.permitted(municipalityId, clientId, organisationId);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static void checkPeriod(LocalDate from, LocalDate until) {
		if (until != null && !until.isAfter(from)) {
			throw new InvalidFieldException("validUntil", "consent.untilBeforeFrom");
		}
	}

}
