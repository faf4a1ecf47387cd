package nl.koers.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.obligation.MeasureFacts.BrokenAgreement;
import nl.koers.obligation.MeasureFacts.ConversationCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the obligations section of the client file shows, read with one logged read
 * of the client.
 */
@Service
class ObligationOverviewService {

	private final ClientAccess clients;

	private final ObligationPolicy policy;

	private final ExemptionStore exemptions;

	private final MeasureStore measures;

	private final MeasureFacts facts;

	private final DecisionLetterStore letters;

	private final Clock clock;

	private final int months;

	ObligationOverviewService(ClientAccess clients, ObligationPolicy policy, ExemptionStore exemptions,
			MeasureStore measures, MeasureFacts facts, DecisionLetterStore letters, Clock clock,
			@Value("${koers.measure.look-back-months:6}") int months) {
		this.clients = clients;
		this.policy = policy;
		this.exemptions = exemptions;
		this.measures = measures;
		this.facts = facts;
		this.letters = letters;
		this.clock = clock;
		this.months = months;
	}

	@Transactional
	View of(CurrentUser user, UUID clientId) {
		ClientRef client = this.clients.read(user, clientId);
		LocalDate today = LocalDate.now(this.clock);
		List<ExemptionView> exemptions = this.exemptions.ofClient(client.id());
		return new View(client, this.clients.mayChange(user, client), this.policy.mayDecide(user), today,
				exemptions.stream().filter(exemption -> exemption.covers(today)).findFirst().orElse(null), exemptions,
				this.measures.ofClient(client.municipalityId(), client.id()), this.months,
				this.facts.conversationCounts(client.id(), today.minusMonths(this.months)),
				this.facts.brokenAgreements(client.id()), this.letters.ofClient(client.municipalityId(), client.id()));
	}

	record View(ClientRef client, boolean mayChange, boolean coordinator, LocalDate today, ExemptionView current,
			List<ExemptionView> exemptions, List<MeasureView> measures, int months, ConversationCounts counts,
			List<BrokenAgreement> brokenAgreements, Map<UUID, DecisionLetter> letters) {
	}

}
