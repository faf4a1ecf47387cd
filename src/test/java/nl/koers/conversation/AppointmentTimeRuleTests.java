package nl.koers.conversation;

import java.time.LocalDateTime;

import nl.koers.system.RefusedException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundary of the appointment time rule: planned not before the current minute,
 * recorded afterwards not after now, each refusal naming the limit.
 */
class AppointmentTimeRuleTests {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 12, 30, 45);

	@Test
	void planningLaterTodayAndInThisVeryMinuteIsFine() {
		assertThat(AppointmentTimeRule.toPlan(NOW.withHour(23).withMinute(59), NOW)).isEmpty();
		assertThat(AppointmentTimeRule.toPlan(LocalDateTime.of(2026, 12, 3, 12, 30), NOW)).isEmpty();
		assertThat(AppointmentTimeRule.toPlan(NOW, NOW)).isEmpty();
		assertThat(AppointmentTimeRule.toPlan(NOW.plusYears(1), NOW)).isEmpty();
	}

	@Test
	void planningAMinuteAgoOrEarlierTodayIsRefusedNamingTheEarliestTime() {
		Reason reason = AppointmentTimeRule.toPlan(LocalDateTime.of(2026, 12, 3, 12, 29), NOW).orElseThrow();
		assertThat(reason.field()).isEqualTo("plannedAt");
		assertThat(reason.messageKey()).isEqualTo("conversation.plannedAt.past");
		assertThat(reason.args()).containsExactly("03-12-2026 12:30");
		assertThat(AppointmentTimeRule.toPlan(NOW.withHour(8), NOW)).isPresent();
		assertThat(AppointmentTimeRule.toPlan(NOW.minusDays(1), NOW)).isPresent();
		assertThat(AppointmentTimeRule.toPlan(LocalDateTime.of(1999, 1, 1, 10, 0), NOW)).isPresent();
	}

	@Test
	void aPastConversationMayBeNowOrEarlierButNotAMinuteLater() {
		assertThat(AppointmentTimeRule.happened(NOW, NOW)).isEmpty();
		assertThat(AppointmentTimeRule.happened(NOW.minusDays(1), NOW)).isEmpty();
		Reason reason = AppointmentTimeRule.happened(NOW.plusMinutes(1), NOW).orElseThrow();
		assertThat(reason.messageKey()).isEqualTo("conversation.pastAppointment.future");
		assertThat(reason.args()).containsExactly("03-12-2026 12:30");
	}

}
