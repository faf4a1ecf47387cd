package nl.koers.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitKind;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.system.Ids;

/**
 * One benefit of a client from its start until it ends. Once ended it is not changed.
 */
@Entity
@Table(name = "benefit_period")
class BenefitPeriod {

	@Id
	private UUID id;

	private UUID clientId;

	private UUID municipalityId;

	@Enumerated(EnumType.STRING)
	private BenefitKind kind;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private BenefitEndReason endReason;

	private UUID recordedBy;

	private Instant recordedAt;

	private UUID endedBy;

	private Instant endedAt;

	@Version
	private long version;

	protected BenefitPeriod() {
	}

	BenefitPeriod(Client client, BenefitKind kind, LocalDate startDate, UUID recordedBy, Instant now) {
		this.id = Ids.next();
		this.clientId = client.getId();
		this.municipalityId = client.getMunicipalityId();
		this.kind = kind;
		this.startDate = startDate;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void end(LocalDate date, BenefitEndReason reason, UUID by, Instant now) {
		this.endDate = date;
		this.endReason = reason;
		this.endedBy = by;
		this.endedAt = now;
	}

	void moveStart(LocalDate date) {
		this.startDate = date;
	}

	BenefitPeriodView view() {
		return new BenefitPeriodView(this.id, this.kind, this.startDate, this.endDate, this.endReason, this.recordedAt,
				this.endedAt, this.version);
	}

	UUID getId() {
		return this.id;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	boolean isOpen() {
		return this.endDate == null;
	}

	long getVersion() {
		return this.version;
	}

}
