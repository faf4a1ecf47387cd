package nl.koers.reporting;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Management information without personal data")
class ReportApiController {

	private final RouteReportService report;

	private final RouteFlowService flows;

	ReportApiController(RouteReportService report, RouteFlowService flows) {
		this.report = report;
		this.flows = flows;
	}

	@GetMapping("/routes")
	@Operation(summary = "Clients per KP4 route on a reference date in the caller's municipality; "
			+ "a route period counts from its start date (inclusive) to its end date (exclusive). Counts below the "
			+ "suppression threshold are null and named in suppressed (counts.<route>, total), with one more count "
			+ "where the others would give them away")
	RouteCounts routes(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(description = "CLIENTS (default) counts people; HOUSEHOLDS counts their households: per route "
					+ "the households with a member on it, in total every household once however many members are KP4") @RequestParam(
							defaultValue = "CLIENTS") Counted count) {
		return this.report.counts(user, date, count);
	}

	@GetMapping("/outflow")
	@Operation(summary = "Clients who left KP4 in a period (from and until inclusive) in the caller's municipality, "
			+ "by the way they left: outflow by the benefit's end reason, handover to KP3, profile decision. Counts "
			+ "below the suppression threshold are null and named in suppressed (outflow.<reason>, handedOver, "
			+ "profileChanged, total), with one more count where the others would give them away")
	Kp4Left outflow(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		return this.report.exits(user, from, until);
	}

	@GetMapping("/flows")
	@Operation(summary = "How clients moved between the KP4 routes, into KP4 (NEW) and out of it (LEFT_HANDOVER, "
			+ "LEFT_PROFILE, LEFT_BENEFIT) in a period (from and until inclusive) in the caller's municipality; "
			+ "per route start + in - out = end. Counts below the suppression threshold are null and named in "
			+ "suppressed, with one more count of any route whose balance would give them away")
	RouteFlows flows(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		return this.flows.flows(user, from, until);
	}

}
