package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.Route;
import nl.koers.system.web.FormFlow;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The targets page: every target with its definition and its realisation over time on a
 * reference date; managers set and withdraw targets here.
 */
@Controller
@RequestMapping("/reports/targets")
@PreAuthorize("@reportingPolicy.mayRead(principal)")
class TargetController {

	private final TargetService targets;

	private final TargetDefinitions definitions;

	private final FormFlow forms;

	private final Clock clock;

	TargetController(TargetService targets, TargetDefinitions definitions, FormFlow forms, Clock clock) {
		this.targets = targets;
		this.definitions = definitions;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale, Model model) {
		LocalDate day = date == null ? LocalDate.now(this.clock) : date;
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", empty(LocalDate.now(this.clock)));
		}
		model.addAttribute("date", day);
		model.addAttribute("lines", lines(user, day, locale));
		model.addAttribute("measures", TargetMeasure.values());
		model.addAttribute("units", TargetUnit.values());
		model.addAttribute("routes", Route.values());
		model.addAttribute("threshold", this.targets.threshold());
		return "reporting/targets";
	}

	@PostMapping
	@PreAuthorize("@reportingPolicy.maySetTargets(principal)")
	String set(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewTarget form,
			BindingResult errors, Locale locale, Model model) {
		return this.forms.submit(errors, () -> this.targets.set(user, form), "report.target.saved", "/reports/targets",
				() -> page(user, null, locale, model));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("@reportingPolicy.maySetTargets(principal)")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
		return this.forms.act(() -> this.targets.withdraw(user, id), "report.target.withdrawn", "/reports/targets",
				() -> page(user, null, locale, model));
	}

	/**
	 * Each target on the date, with its words and its line over time.
	 */
	List<TargetLine> lines(CurrentUser user, LocalDate date, Locale locale) {
		return this.targets.lines(user, date).stream().map(series -> {
			TargetRealisation now = series.get(series.size() - 1);
			Target target = now.target();
			return new TargetLine(now, this.definitions.title(target, locale), this.definitions.of(target, locale),
					TargetChart.of(target, series));
		}).toList();
	}

	/**
	 * The form's start: a share to paid work over four years from the start of this year.
	 */
	private static NewTarget empty(LocalDate today) {
		LocalDate start = today.withDayOfYear(1);
		return new NewTarget(TargetMeasure.PAID_WORK, TargetUnit.PERCENT, null, null, null, start,
				start.plusYears(4).minusDays(1));
	}

	/**
	 * A target as the page shows it.
	 */
	record TargetLine(TargetRealisation now, String title, String definition, TargetChart chart) {
	}

}
