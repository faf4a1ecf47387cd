package nl.koers.assessment;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.assessment.api.AssessmentView;
import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assessments", description = "Scores of a client's life domains over time, per instrument")
class AssessmentApiController {

	// The role check comes first, so that a role without client access gets 403 also for
	// an assessment that does not exist.
	private static final String CLIENT_ROLES = "@assessmentPolicy.mayRead(principal)";

	private final AssessmentService assessments;

	AssessmentApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/assessments")
	@PreAuthorize(CLIENT_ROLES)
	@Operation(summary = "Record an assessment: a score from 1 (acute problems) to 5 (fully self-reliant) "
			+ "for every domain of the instrument")
	ResponseEntity<AssessmentView> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewAssessment assessment) {
		AssessmentView recorded = this.assessments.record(user, id, assessment);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + recorded.id())).body(recorded);
	}

	@GetMapping("/clients/{id}/assessments")
	@PreAuthorize(CLIENT_ROLES)
	@Operation(summary = "A client's assessments with their scores, newest first")
	CursorPage<AssessmentView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.assessments.list(user, id, next, PageLimit.of(limit));
	}

	@GetMapping("/assessments/{id}")
	@PreAuthorize(CLIENT_ROLES)
	@Operation(summary = "One assessment with its scores")
	AssessmentView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.assessments.get(user, id);
	}

	@GetMapping("/instruments")
	@Operation(summary = "The assessment instruments and their domains")
	CursorPage<Instrument> instruments() {
		return new CursorPage<>(this.assessments.instruments(), null);
	}

}
