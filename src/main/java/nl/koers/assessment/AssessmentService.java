package nl.koers.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import nl.koers.assessment.AssessmentRule.Problem;
import nl.koers.assessment.api.AssessmentView;
import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.assessment.api.SharedScores;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Recording and reading a client's assessments. Everyone who may read the client reads
 * their assessments; only the case lead or a coordinator records one. Every call passes
 * the client gate, which checks role and municipality and writes the access log.
 */
@Service
@Validated
class AssessmentService implements Assessments {

	/**
	 * The data category (of {@code consent}) an institution needs to see the scores.
	 */
	private static final String SHARED_CATEGORY = "ASSESSMENT_SCORES";

	private final ClientAccess access;

	private final InstrumentStore instruments;

	private final AssessmentRepository repository;

	private final AssessmentStore store;

	private final AssessmentPolicy policy;

	private final Clock clock;

	AssessmentService(ClientAccess access, InstrumentStore instruments, AssessmentRepository repository,
			AssessmentStore store, AssessmentPolicy policy, Clock clock) {
		this.policy = policy;
		this.access = access;
		this.instruments = instruments;
		this.repository = repository;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Records an assessment of the client by the user, who must be the case lead or a
	 * coordinator.
	 */
	@Override
	@Transactional
	public AssessmentView record(CurrentUser user, UUID clientId, NewAssessment assessment) {
		ClientRef client = this.access.change(user, clientId);
		String code = AssessmentRule.instrumentCode(assessment);
		List<Problem> problems = problems(assessment, client);
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems.stream().map(Problem::reason).toList());
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
		return this.store.find(saved.getId()).orElseThrow();
	}

	/**
	 * The client's assessments, newest first.
	 */
	@Transactional
	public CursorPage<AssessmentView> list(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		return this.store.newestFirst(client.municipalityId(), client.id(), next, limit);
	}

	@Transactional
	public AssessmentView get(CurrentUser user, UUID assessmentId) {
		this.policy.requireRead(user);
		AssessmentView assessment = this.store.find(assessmentId)
			.orElseThrow(() -> new NotFoundException("assessment"));
		this.access.read(user, assessment.clientId());
		return assessment;
	}

	@Override
	@Transactional
	public List<SharedScores> sharedScores(CurrentUser worker, UUID clientId) {
		UUID id = this.access.readShared(worker, clientId, SHARED_CATEGORY).id();
		List<AssessmentView> assessments = new ArrayList<>(this.store.oldestFirst(worker.municipalityId(), id));
		Collections.reverse(assessments);
		return assessments.stream()
			.map(assessment -> new SharedScores(assessment.instrument(), assessment.assessedOn(), assessment.scores()))
			.toList();
	}

	@Open("the instruments and their domains are reference data without personal data, the same for everyone")
	@Transactional(readOnly = true)
	public List<Instrument> instruments() {
		return this.instruments.all();
	}

	/**
	 * Everything the assessments page shows: per instrument, the client's assessments in
	 * date order.
	 */
	@Transactional
	public AssessmentHistory history(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		List<AssessmentView> assessments = this.store.oldestFirst(client.municipalityId(), client.id());
		return AssessmentHistory.of(client, this.access.mayChange(user, client), this.instruments.all(), assessments);
	}

	/**
	 * The client and instrument for the form of a new assessment, for a user who may
	 * record one.
	 */
	@Transactional
	public RecordingForm recordingForm(CurrentUser user, UUID clientId, String instrumentCode) {
		this.policy.requireRead(user);
		ClientRef client = this.access.readToChange(user, clientId);
		Instrument instrument = this.instruments.find(instrumentCode)
			.orElseThrow(() -> new NotFoundException("instrument"));
		return new RecordingForm(client, instrument, LocalDate.now(this.clock));
	}

	private List<Problem> problems(NewAssessment assessment, ClientRef client) {
		return AssessmentRule.problems(assessment, this.instruments.find(AssessmentRule.instrumentCode(assessment)),
				client, LocalDate.now(this.clock));
	}

	record RecordingForm(ClientRef client, Instrument instrument, LocalDate today) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
