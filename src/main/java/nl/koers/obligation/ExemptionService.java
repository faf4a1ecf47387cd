package nl.koers.obligation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.obligation.ExemptionStore.ExemptionRow;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Exemptions from the job-application duty: those that come with KP4 and wait for the
 * case lead's confirmation, and those recorded by hand.
 */
@Service
@Validated
class ExemptionService {

	private final ExemptionStore store;

	private final ClientAccess clients;

	private final ObligationPolicy policy;

	private final Clock clock;

	ExemptionService(ExemptionStore store, ClientAccess clients, ObligationPolicy policy, Clock clock) {
		this.store = store;
		this.clients = clients;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public List<ExemptionView> list(CurrentUser user, UUID clientId) {
		return this.store.ofClient(this.clients.read(user, clientId).id());
	}

	@Transactional
	public ExemptionView record(CurrentUser user, UUID clientId, @Valid ExemptionForm form) {
		ClientRef client = this.clients.change(user, clientId);
		if (form.until() != null && !form.until().isAfter(form.from())) {
			throw new InvalidFieldException("until", "exemption.untilBeforeFrom");
		}
		if (client.benefitStartDate() != null && form.from().isBefore(client.benefitStartDate())) {
			throw new RefusedException("from", "exemption.beforeBenefit");
		}
		UUID id = this.store.insert(client.id(), client.municipalityId(), "MANUAL", form.from(), form.until(),
				form.reason().strip(), user.displayName(), this.clock.instant());
		this.store.confirm(id, user.id(), user.displayName(), this.clock.instant());
		return find(user, id).exemption();
	}

	/**
	 * The case lead (or a coordinator) confirms an exemption that came with KP4.
	 */
	@Transactional
	public ExemptionView confirm(CurrentUser user, UUID exemptionId) {
		ExemptionRow row = find(user, exemptionId);
		this.clients.change(user, row.clientId());
		if (row.exemption().confirmed()) {
			throw new RefusedException("exemption", "exemption.alreadyConfirmed");
		}
		this.store.confirm(exemptionId, user.id(), user.displayName(), this.clock.instant());
		return find(user, exemptionId).exemption();
	}

	private ExemptionRow find(CurrentUser user, UUID id) {
		this.policy.requireWorkWithObligations(user);
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("exemption"));
	}

}
