package nl.koers.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.referral.ReferralStore.Row;
import nl.koers.referral.api.NoteKind;
import nl.koers.referral.api.Referrals;

import org.springframework.stereotype.Component;

/**
 * Referrals (every status step and the institution's feedback) and purchase requests for
 * the client on the client's timeline.
 */
@Component
class ReferralTimelineSource implements TimelineSource {

	private final ReferralStore referrals;

	private final PurchaseRequestService purchases;

	private final ZoneId zone;

	ReferralTimelineSource(ReferralStore referrals, PurchaseRequestService purchases, Clock clock) {
		this.referrals = referrals;
		this.purchases = purchases;
		this.zone = clock.getZone();
	}

	@Override
	public Set<String> kinds() {
		return Set.of("REFERRAL", "PURCHASE_REQUEST");
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/referrals";
		Stream<TimelineEntry> referralEntries = this.referrals.ofClient(client.id())
			.stream()
			.map(Row::view)
			.flatMap(referral -> Stream.concat(
					referral.history()
						.stream()
						.map(step -> entry("timeline.referral." + step.status(), referral.serviceName(), step.note(),
								step.authorName(), step.recordedAt(), link)),
					referral.notes()
						.stream()
						.filter(note -> note.kind() == NoteKind.FEEDBACK)
						.map(note -> entry("timeline.referral.FEEDBACK", referral.serviceName(), note.text(),
								note.authorName(), note.recordedAt(), link))));
		Stream<TimelineEntry> purchaseEntries = this.purchases.ofClient(client.id())
			.stream()
			.map(request -> new TimelineEntry(request.requestedAt().atZone(this.zone).toLocalDate(),
					request.requestedAt().atZone(this.zone).toLocalTime(), "PURCHASE_REQUEST",
					"timeline.purchaseRequest." + request.status(), List.of(request.what()), request.why(),
					request.requestedByName(), request.requestedAt(), "/purchase-requests"));
		return Stream.concat(referralEntries, purchaseEntries).toList();
	}

	private TimelineEntry entry(String titleKey, String service, String text, String author, Instant at, String link) {
		return new TimelineEntry(at.atZone(this.zone).toLocalDate(), at.atZone(this.zone).toLocalTime(), "REFERRAL",
				titleKey, List.of(service), text, author, at, link);
	}

}
