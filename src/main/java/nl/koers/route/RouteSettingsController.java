package nl.koers.route;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.RouteSettings.Setting;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators set their municipality's review intervals.
 */
@Controller
@RequestMapping("/admin/route-settings")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class RouteSettingsController {

	private final RouteSettings settings;

	RouteSettingsController(RouteSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("setting", this.settings.of(admin.municipalityId()));
		return "route/settings";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("setting") Setting setting,
			BindingResult errors, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "route/settings";
		}
		this.settings.save(admin.municipalityId(), setting);
		redirect.addFlashAttribute("flash", "route.settings.saved");
		return "redirect:/admin/route-settings";
	}

}
