package nl.koers.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.koers.assessment.InvalidAssessmentException.Problem;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * Recording and reading a client's assessments. Everyone who may read the client reads
 * their assessments; only the case lead or a coordinator records one. Every call passes
 * the client gate, which checks role and municipality and writes the access log.
 */
@Service
@Validated
public class Assessments {

	private final ClientAccess access;

	private final Instruments instruments;

	private final AssessmentRepository repository;

	private final AssessmentQueries queries;

	private final Clock clock;

	Assessments(ClientAccess access, Instruments instruments, AssessmentRepository repository,
			AssessmentQueries queries, Clock clock) {
		this.access = access;
		this.instruments = instruments;
		this.repository = repository;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Records an assessment of the client by the user, who must be the case lead or a
	 * coordinator.
	 */
	@Transactional
	public AssessmentView record(CurrentUser user, UUID clientId, @Valid NewAssessment assessment) {
		ClientRef client = this.access.change(user, clientId);
		String code = assessment.instrumentCode();
		List<Problem> problems = AssessmentRules.problems(assessment, this.instruments.find(code), client,
				LocalDate.now(this.clock));
		if (!problems.isEmpty()) {
			throw new InvalidAssessmentException(problems);
		}
		List<Assessment.Score> scores = assessment.scores()
			.entrySet()
			.stream()
			.map(score -> new Assessment.Score(score.getKey(), score.getValue(),
					blankToNull(assessment.notes().get(score.getKey()))))
			.toList();
		Assessment saved = this.repository.saveAndFlush(new Assessment(client.id(), client.municipalityId(), code,
				assessment.assessedOn(), blankToNull(assessment.summary()), user.id(), user.displayName(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), scores));
		return this.queries.find(saved.getId()).orElseThrow();
	}

	/**
	 * The client's assessments, newest first.
	 */
	@Transactional
	public CursorPage<AssessmentView> list(CurrentUser user, UUID clientId, String next, int limit) {
		ClientRef client = this.access.read(user, clientId);
		return this.queries.newestFirst(client.municipalityId(), client.id(), next, limit);
	}

	@Transactional
	public AssessmentView get(CurrentUser user, UUID assessmentId) {
		AssessmentView assessment = this.queries.find(assessmentId)
			.orElseThrow(() -> new NotFoundException("assessment"));
		this.access.read(user, assessment.clientId());
		return assessment;
	}

	public List<Instrument> instruments() {
		return this.instruments.all();
	}

	/**
	 * Everything the assessments page shows: per instrument, the client's assessments in
	 * date order.
	 */
	@Transactional
	AssessmentHistory history(CurrentUser user, UUID clientId) {
		ClientRef client = this.access.read(user, clientId);
		List<AssessmentView> assessments = this.queries.oldestFirst(client.municipalityId(), client.id());
		return AssessmentHistory.of(client, this.access.mayChange(user, client), this.instruments.all(), assessments);
	}

	/**
	 * The client and instrument for the form of a new assessment, for a user who may
	 * record one.
	 */
	RecordingForm recordingForm(CurrentUser user, UUID clientId, String instrumentCode) {
		ClientRef client = this.access.read(user, clientId);
		if (!this.access.mayChange(user, client)) {
			throw new AccessDeniedException("only the case lead or a coordinator records an assessment");
		}
		Instrument instrument = this.instruments.find(instrumentCode)
			.orElseThrow(() -> new NotFoundException("instrument"));
		return new RecordingForm(client, instrument, LocalDate.now(this.clock));
	}

	record RecordingForm(ClientRef client, Instrument instrument, LocalDate today) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
