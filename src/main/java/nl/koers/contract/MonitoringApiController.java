package nl.koers.contract;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/contracts")
@Tag(name = "Contract monitoring", description = "How contracts and providers stand on a reference date")
class MonitoringApiController {

	private final ContractMonitoringService monitoring;

	MonitoringApiController(ContractMonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@GetMapping
	@Operation(summary = "Places, waiting, running, overdue, outcomes, duration and money per contract and per "
			+ "provider on a reference date (default today); contract managers and managers")
	Monitoring contracts(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.monitoring.monitoring(user, date);
	}

	@GetMapping("/{id}/overdue")
	@Operation(summary = "A contract's trajectories past or near their maximum end on a reference date, "
			+ "without client names; logged as a list")
	CursorPage<OverdueTrajectory> overdue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return new CursorPage<>(this.monitoring.overdue(user, id, date), null);
	}

}
