package nl.koers.reporting;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
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
class TargetApiController {

	private final TargetService targets;

	private final TargetDefinitions definitions;

	TargetApiController(TargetService targets, TargetDefinitions definitions) {
		this.targets = targets;
		this.definitions = definitions;
	}

	@GetMapping("/targets")
	@Operation(summary = "The targets of the caller's municipality whose period has begun by the date, each with its "
			+ "definition, the target value, what it asks by the date, and the realised value (on the last day of a "
			+ "period already over). Counts below the suppression threshold are null, and so is the realisation "
			+ "they would give away")
	TargetFigures targets(@AuthenticationPrincipal CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale) {
		return new TargetFigures(date, this.targets.on(user, date)
			.stream()
			.map(realisation -> TargetFigures.Item.of(realisation, this.definitions.of(realisation.target(), locale)))
			.toList(), this.targets.threshold());
	}

}
