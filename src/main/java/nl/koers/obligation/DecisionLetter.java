package nl.koers.obligation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The decision letter sent for a measure or an exemption: the document that holds it,
 * when it was sent and by whom, and for a measure the reduction it states (null
 * otherwise).
 */
record DecisionLetter(UUID decisionId, UUID documentId, Integer reductionPercent, LocalDate startsOn, Integer months,
		LocalDate sentOn, String madeByName) {
}
