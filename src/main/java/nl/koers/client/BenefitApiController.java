package nl.koers.client;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.NewBenefitPeriod;
import nl.koers.identity.api.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients/{id}/benefit-periods")
@Tag(name = "Benefit", description = "A client's benefit periods: start and end (outflow)")
class BenefitApiController {

	private final BenefitService benefits;

	BenefitApiController(BenefitService benefits) {
		this.benefits = benefits;
	}

	@GetMapping
	@Operation(summary = "The client's benefit periods, latest first")
	List<BenefitPeriodView> periods(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.benefits.periods(user, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "Record a benefit that starts; refused while another runs")
	ResponseEntity<BenefitPeriodView> start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewBenefitPeriod period) {
		BenefitPeriodView started = this.benefits.start(user, id, period);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/benefit-periods/" + started.id()))
			.body(started);
	}

	@PutMapping("/{periodId}/end")
	@Operation(summary = "End the running benefit (outflow: the KP4 route ends on that date); an end is final")
	BenefitPeriodView end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID periodId,
			@Valid @RequestBody BenefitEnd end) {
		return this.benefits.end(user, id, periodId, end);
	}

}
