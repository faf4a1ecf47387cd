package nl.koers.obligation;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;

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
@Tag(name = "Obligations",
		description = "Exemption from the job-application duty, and measures on the two allowed grounds")
class ObligationApiController {

	private final ExemptionService exemptions;

	private final MeasureService measures;

	ObligationApiController(ExemptionService exemptions, MeasureService measures) {
		this.exemptions = exemptions;
		this.measures = measures;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/exemptions")
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "Record an exemption from the job-application duty: from, optional until (exclusive), reason")
	ResponseEntity<ExemptionView> exempt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ExemptionForm form) {
		ExemptionView recorded = this.exemptions.record(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/exemptions")).body(recorded);
	}

	@GetMapping("/clients/{id}/exemptions")
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "The client's exemptions, newest first; those that came with KP4 may await confirmation")
	CursorPage<ExemptionView> exemptions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return new CursorPage<>(this.exemptions.list(user, id), null);
	}

	@PostMapping("/exemptions/{id}/confirmation")
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "Confirm the exemption that came with a KP4 decision (the case lead or a coordinator)")
	ExemptionView confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.exemptions.confirm(user, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/measures")
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "Propose a measure: ground REFUSES_CONVERSATION or BROKEN_TRAJECTORY_AGREEMENT and a "
			+ "justification; refused with 422 and every reason when the ground is another or the recorded facts "
			+ "do not back it. A coordinator other than the proposer approves it.")
	ResponseEntity<MeasureView> propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody MeasureForm form) {
		MeasureView proposed = this.measures.propose(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/measures/" + proposed.id())).body(proposed);
	}

	@GetMapping("/clients/{id}/measures")
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "The client's measures, newest first")
	CursorPage<MeasureView> measures(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return new CursorPage<>(this.measures.list(user, id), null);
	}

	@GetMapping("/measures/{id}")
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "One measure with its backing facts and decision")
	MeasureView measure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.measures.get(user, id);
	}

	@PostMapping("/measures/{id}/decision")
	@PreAuthorize("@obligationPolicy.mayDecide(principal)")
	@Operation(summary = "Approve (take) or reject a proposed measure; a coordinator other than the proposer")
	MeasureView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody DecisionForm decision) {
		return this.measures.decide(user, id, decision);
	}

	@GetMapping("/reports/measures")
	@PreAuthorize("@obligationPolicy.mayReadReport(principal)")
	@Operation(summary = "Measures per year and ground (proposed, approved, rejected); no personal data. "
			+ "Default: the last five years")
	CursorPage<MeasureYear> perYear(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer until) {
		MeasureReportYears years = MeasureReportYears.of(from, until, this.measures.currentYear());
		return new CursorPage<>(this.measures.perYear(user, years.from(), years.until()), null);
	}

}
