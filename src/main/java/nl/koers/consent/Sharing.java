package nl.koers.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.SocialMap;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What may be shared about a client with an organisation: the coordinator records the
 * organisation's data-sharing agreements, the case lead the client's consents; only the
 * categories both allow on a day may be shared, and a withdrawn consent stops sharing at
 * once.
 */
@Service
@Validated
public class Sharing {

	private final ConsentStore store;

	private final SocialMap map;

	private final ClientAccess clients;

	private final Clock clock;

	Sharing(ConsentStore store, SocialMap map, ClientAccess clients, Clock clock) {
		this.store = store;
		this.map = map;
		this.clients = clients;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SharingAgreementView> agreements(CurrentUser user, UUID organisationId) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.CONSULTANT, Role.CONTRACT_MANAGER)) {
			throw new AccessDeniedException("data-sharing agreements are for those who refer and contract");
		}
		if (organisationId != null) {
			this.map.organisation(user, organisationId);
		}
		return this.store.agreements(user.municipalityId(), organisationId);
	}

	@Transactional
	public SharingAgreementView recordAgreement(CurrentUser user, UUID organisationId,
			@Valid SharingAgreementForm form) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("the care coordination point records data-sharing agreements");
		}
		this.map.organisation(user, organisationId);
		checkPeriod(form.validFrom(), form.validUntil());
		UUID id = this.store.insertAgreement(user.municipalityId(), organisationId, form, user, this.clock.instant());
		return this.store.agreements(user.municipalityId(), organisationId)
			.stream()
			.filter(agreement -> agreement.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	@Transactional
	public List<ConsentView> consents(CurrentUser user, UUID clientId) {
		return this.store.consents(this.clients.read(user, clientId).id());
	}

	@Transactional
	public ConsentView recordConsent(CurrentUser user, UUID clientId, @Valid ConsentForm form) {
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
	public ConsentView withdraw(CurrentUser user, UUID consentId, @Valid WithdrawalForm form) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("only a consultant or coordinator records a withdrawal");
		}
		ConsentView consent = this.store.consent(user.municipalityId(), consentId)
			.orElseThrow(() -> new NotFoundException("consent"));
		this.clients.change(user, consent.clientId());
		if (consent.withdrawnAt() != null) {
			throw new RefusedException("reason", "consent.alreadyWithdrawn");
		}
		this.store.withdraw(consentId, user, form.reason().strip(), this.clock.instant());
		return this.store.consent(user.municipalityId(), consentId).orElseThrow();
	}

	/**
	 * The categories an organisation may receive about a client today: allowed by both a
	 * valid data-sharing agreement and a consent that is valid and not withdrawn.
	 */
	@Transactional(readOnly = true)
	public Set<DataCategory> permitted(UUID municipalityId, UUID clientId, UUID organisationId) {
		return this.store.permitted(municipalityId, clientId, organisationId, LocalDate.now(this.clock));
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
