package nl.koers.route;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.RouteSettingStore.Setting;
import nl.koers.system.web.FormFlow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Administrators set their municipality's review intervals.
 */
@Controller
@RequestMapping("/admin/route-settings")
@PreAuthorize("@routePolicy.maySetIntervals(principal)")
class RouteSettingsController {

	private static final String PAGE = "route/settings";

	private final RouteSettingService settings;

	private final FormFlow forms;

	RouteSettingsController(RouteSettingService settings, FormFlow forms) {
		this.settings = settings;
		this.forms = forms;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("setting", this.settings.setting(admin));
		return PAGE;
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("setting") Setting setting,
			BindingResult errors) {
		return this.forms.submit(errors, () -> this.settings.save(admin, setting), "route.settings.saved",
				"/admin/route-settings", () -> PAGE);
	}

}
