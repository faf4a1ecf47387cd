package nl.koers.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.conversation.api.ConversationFigures;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Held conversations counted ({@link ConversationFigures}), for reports that check their
 * own access rules.
 */
@Service
class ConversationFigureService implements ConversationFigures {

	private static final String FOR_REPORTS = "called by reporting inside its own checked step; takes no user and "
			+ "gives ids, dates and counts only";

	private final ConversationFigureStore store;

	ConversationFigureService(ConversationFigureStore store) {
		this.store = store;
	}

	@Override
	@Open(FOR_REPORTS)
	@Transactional(readOnly = true)
	public List<HeldCount> heldPerMonth(UUID municipalityId, LocalDate from, LocalDate until) {
		return this.store.heldPerMonth(municipalityId, from, until);
	}

	@Override
	@Open(FOR_REPORTS)
	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> lastHeld(UUID municipalityId, LocalDate until) {
		return this.store.lastHeld(municipalityId, until);
	}

}
