package nl.koers.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.koers.client.api.Outcome;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.ReviewDecision;
import nl.koers.route.api.Route;
import nl.koers.system.Ids;

/**
 * One recorded fact of a client's profile and route history. Never changed: a correction
 * is a new event that names the one it corrects.
 */
@Entity
@Table(name = "route_event")
class RouteEvent {

	@Id
	private UUID id;

	private UUID clientId;

	private UUID municipalityId;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Enumerated(EnumType.STRING)
	private ClientProfile profile;

	@Enumerated(EnumType.STRING)
	private Route route;

	@Enumerated(EnumType.STRING)
	private ReviewDecision reviewDecision;

	private LocalDate effectiveDate;

	private LocalDate reviewDate;

	private String organisation;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private UUID correctsId;

	private boolean withdrawn;

	private UUID authorId;

	private String authorName;

	@Column(updatable = false)
	private Instant recordedAt;

	protected RouteEvent() {
	}

	private RouteEvent(Builder builder) {
		this.id = Ids.next();
		this.clientId = builder.clientId;
		this.municipalityId = builder.municipalityId;
		this.kind = builder.kind;
		this.profile = builder.profile;
		this.route = builder.route;
		this.reviewDecision = builder.reviewDecision;
		this.effectiveDate = builder.effectiveDate;
		this.reviewDate = builder.reviewDate;
		this.organisation = builder.organisation;
		this.reason = builder.reason;
		this.outcome = builder.outcome;
		this.correctsId = builder.correctsId;
		this.withdrawn = builder.withdrawn;
		this.authorId = builder.authorId;
		this.authorName = builder.authorName;
		this.recordedAt = builder.recordedAt;
	}

	static Builder of(EventKind kind, LocalDate effectiveDate) {
		return new Builder(kind, effectiveDate);
	}

	UUID getId() {
		return this.id;
	}

	UUID getClientId() {
		return this.clientId;
	}

	UUID getMunicipalityId() {
		return this.municipalityId;
	}

	EventKind getKind() {
		return this.kind;
	}

	ClientProfile getProfile() {
		return this.profile;
	}

	Route getRoute() {
		return this.route;
	}

	ReviewDecision getReviewDecision() {
		return this.reviewDecision;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	LocalDate getReviewDate() {
		return this.reviewDate;
	}

	String getOrganisation() {
		return this.organisation;
	}

	String getReason() {
		return this.reason;
	}

	/**
	 * What became of the client on the route this event ended, when recorded.
	 */
	Outcome getOutcome() {
		return this.outcome;
	}

	UUID getCorrectsId() {
		return this.correctsId;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

	UUID getAuthorId() {
		return this.authorId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	static final class Builder {

		private final EventKind kind;

		private final LocalDate effectiveDate;

		private UUID clientId;

		private UUID municipalityId;

		private ClientProfile profile;

		private Route route;

		private ReviewDecision reviewDecision;

		private LocalDate reviewDate;

		private String organisation;

		private String reason;

		private Outcome outcome;

		private UUID correctsId;

		private boolean withdrawn;

		private UUID authorId;

		private String authorName;

		private Instant recordedAt;

		private Builder(EventKind kind, LocalDate effectiveDate) {
			this.kind = kind;
			this.effectiveDate = effectiveDate;
		}

		Builder client(UUID clientId, UUID municipalityId) {
			this.clientId = clientId;
			this.municipalityId = municipalityId;
			return this;
		}

		Builder profile(ClientProfile profile) {
			this.profile = profile;
			return this;
		}

		Builder route(Route route) {
			this.route = route;
			return this;
		}

		Builder reviewDecision(ReviewDecision reviewDecision) {
			this.reviewDecision = reviewDecision;
			return this;
		}

		Builder reviewDate(LocalDate reviewDate) {
			this.reviewDate = reviewDate;
			return this;
		}

		Builder organisation(String organisation) {
			this.organisation = organisation;
			return this;
		}

		Builder reason(String reason) {
			this.reason = reason;
			return this;
		}

		Builder outcome(Outcome outcome) {
			this.outcome = outcome;
			return this;
		}

		Builder corrects(UUID correctsId) {
			this.correctsId = correctsId;
			return this;
		}

		Builder withdrawn() {
			this.withdrawn = true;
			return this;
		}

		Builder author(UUID authorId, String authorName) {
			this.authorId = authorId;
			this.authorName = authorName;
			return this;
		}

		Builder recordedAt(Instant recordedAt) {
			this.recordedAt = recordedAt;
			return this;
		}

		RouteEvent build() {
			return new RouteEvent(this);
		}

	}

}
