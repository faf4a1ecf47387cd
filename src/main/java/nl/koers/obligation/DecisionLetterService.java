package nl.koers.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.document.api.DocumentView;
import nl.koers.document.api.Documents;
import nl.koers.identity.api.CurrentUser;
import nl.koers.letter.api.ExemptionLetter;
import nl.koers.letter.api.Letters;
import nl.koers.letter.api.MeasureLetter;
import nl.koers.obligation.ExemptionStore.ExemptionRow;
import nl.koers.system.DutchTime;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the decision letter (beschikking) for an approved measure or a confirmed
 * exemption: the letter is written as a PDF, filed in the client file, and the decision
 * records that it was sent and when. One letter per decision.
 */
@Service
class DecisionLetterService {

	static final int MAX_MONTHS_AHEAD = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final MeasureStore measures;

	private final ExemptionStore exemptions;

	private final DecisionLetterStore letters;

	private final Letters writer;

	private final Documents documents;

	private final ClientAccess clients;

	private final ObligationPolicy policy;

	private final Clock clock;

	DecisionLetterService(MeasureStore measures, ExemptionStore exemptions, DecisionLetterStore letters, Letters writer,
			Documents documents, ClientAccess clients, ObligationPolicy policy, Clock clock) {
		this.measures = measures;
		this.exemptions = exemptions;
		this.letters = letters;
		this.writer = writer;
		this.documents = documents;
		this.clients = clients;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public DecisionLetter forMeasure(CurrentUser user, UUID measureId, DecisionLetterForm terms) {
		this.policy.requireWorkWithObligations(user);
		MeasureView measure = this.measures.find(user.municipalityId(), measureId)
			.orElseThrow(() -> new NotFoundException("measure"));
		ClientRef client = this.clients.change(user, measure.clientId());
		if (measure.status() != MeasureStatus.APPROVED) {
			throw new RefusedException("measure", "decisionLetter.notApproved");
		}
		notSentYet(user, measureId);
		LocalDate today = today();
		LocalDate decidedOn = measure.decidedAt().atZone(DutchTime.ZONE).toLocalDate();
		if (terms.startsOn().isBefore(decidedOn)) {
			throw new RefusedException(
					List.of(new Reason("startsOn", "decisionLetter.startsBeforeDecision", DAY.format(decidedOn))));
		}
		if (terms.startsOn().isAfter(today.plusMonths(MAX_MONTHS_AHEAD))) {
			throw new RefusedException(
					List.of(new Reason("startsOn", "decisionLetter.startsTooLate", MAX_MONTHS_AHEAD)));
		}
		DocumentView letter = this.writer.measureDecision(user, client.id(),
				new MeasureLetter(measure.ground().name(), measure.backing(), measure.justification(),
						terms.reductionPercent(), terms.startsOn(), terms.months()));
		this.letters.insert("MEASURE", measureId, client, letter.id(), terms, today, user, this.clock.instant());
		return this.letters.find(user.municipalityId(), measureId).orElseThrow();
	}

	@Transactional
	public DecisionLetter forExemption(CurrentUser user, UUID exemptionId) {
		this.policy.requireWorkWithObligations(user);
		ExemptionRow row = this.exemptions.find(user.municipalityId(), exemptionId)
			.orElseThrow(() -> new NotFoundException("exemption"));
		ClientRef client = this.clients.change(user, row.clientId());
		ExemptionView exemption = row.exemption();
		if (!exemption.confirmed()) {
			throw new RefusedException("exemption", "decisionLetter.notConfirmed");
		}
		notSentYet(user, exemptionId);
		// An exemption's end is the first day it no longer covers; the letter names the
		// last day it does.
		LocalDate lastDay = exemption.until() == null ? null : exemption.until().minusDays(1);
		DocumentView letter = this.writer.exemptionDecision(user, client.id(),
				new ExemptionLetter(exemption.from(), lastDay, exemption.reason()));
		this.letters.insert("EXEMPTION", exemptionId, client, letter.id(), null, today(), user, this.clock.instant());
		return this.letters.find(user.municipalityId(), exemptionId).orElseThrow();
	}

	/**
	 * The PDF of the letter sent for a measure or an exemption; logs a read of the
	 * client.
	 */
	@Transactional
	public byte[] pdf(CurrentUser user, String kind, UUID decisionId) {
		this.policy.requireWorkWithObligations(user);
		DecisionLetter letter = this.letters.find(user.municipalityId(), kind, decisionId)
			.orElseThrow(() -> new NotFoundException("decision letter"));
		return this.documents.content(user, letter.documentId());
	}

	private void notSentYet(CurrentUser user, UUID decisionId) {
		if (this.letters.find(user.municipalityId(), decisionId).isPresent()) {
			throw new RefusedException("decision", "decisionLetter.alreadySent");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DutchTime.ZONE));
	}

}
