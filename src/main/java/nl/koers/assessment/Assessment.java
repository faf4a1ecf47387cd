package nl.koers.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A client's scores on the domains of one instrument on one day. Recorded once and never
 * changed, so that the scores over time stay as they were.
 */
@Entity
@Table(name = "assessment")
class Assessment {

	@Id
	private UUID id;

	private UUID clientId;

	private UUID municipalityId;

	private String instrumentCode;

	private LocalDate assessedOn;

	private String notes;

	private UUID authorId;

	private String authorName;

	private Instant recordedAt;

	@Version
	private Long version;

	@ElementCollection
	@CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
	private List<Score> scores = new ArrayList<>();

	protected Assessment() {
	}

	Assessment(UUID clientId, UUID municipalityId, String instrumentCode, LocalDate assessedOn, String notes,
			UUID authorId, String authorName, Instant recordedAt, List<Score> scores) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.municipalityId = municipalityId;
		this.instrumentCode = instrumentCode;
		this.assessedOn = assessedOn;
		this.notes = notes;
		this.authorId = authorId;
		this.authorName = authorName;
		this.recordedAt = recordedAt;
		this.scores.addAll(scores);
	}

	UUID getId() {
		return this.id;
	}

	@Embeddable
	static class Score {

		@Column(name = "domain_code")
		private String domain;

		private short score;

		private String note;

		protected Score() {
		}

		Score(String domain, int score, String note) {
			this.domain = domain;
			this.score = (short) score;
			this.note = note;
		}

	}

}
