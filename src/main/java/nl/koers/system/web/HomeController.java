package nl.koers.system.web;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the home page that sends each user to the work of their role: the
 * first module whose {@link HomePage} claims the user; otherwise the general home page.
 */
@Controller
class HomeController {

	private final List<HomePage> homePages;

	HomeController(List<HomePage> homePages) {
		this.homePages = homePages.stream().sorted(AnnotationAwareOrderComparator.INSTANCE).toList();
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		return this.homePages.stream()
			.map(page -> page.pathFor(authentication))
			.flatMap(Optional::stream)
			.findFirst()
			.map(path -> "redirect:" + path)
			.orElse("home");
	}

}
