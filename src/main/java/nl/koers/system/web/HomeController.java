package nl.koers.system.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the home page that sends each user to the work of their role.
 */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (roles.contains("ROLE_COORDINATOR")) {
			return "redirect:/coordination";
		}
		if (roles.contains("ROLE_CONSULTANT")) {
			return "redirect:/worklist";
		}
		if (roles.contains("ROLE_INSTITUTION_WORKER")) {
			return "redirect:/referrals";
		}
		return "home";
	}

}
