package nl.koers.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.FormFlow;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A signed-in user's own account: the password, and a second factor of their own accord
 * (then every password sign-in asks for it).
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String SECOND_FACTOR = "/account/second-factor";

	private static final String PASSWORD_PAGE = "redirect:/account/password";

	private final OwnAccountService accounts;

	private final FormFlow forms;

	AccountController(OwnAccountService accounts, FormFlow forms) {
		this.accounts = accounts;
		this.forms = forms;
	}

	/**
	 * Whether the user has a Koers password at all: users of single sign-on manage
	 * theirs, and their second factor, at their own organisation.
	 */
	@ModelAttribute("ownPassword")
	boolean ownPassword(@AuthenticationPrincipal CurrentUser user) {
		return this.accounts.hasOwnPassword(user);
	}

	@GetMapping("/password")
	String passwordPage(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return "identity/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors, HttpServletRequest request) {
		return this.forms.submit(errors, () -> this.accounts.changePassword(user, form, request.getSession().getId()),
				"account.password.changed", "/", () -> "identity/password");
	}

	@GetMapping("/second-factor")
	String secondFactorPage(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!Boolean.TRUE.equals(model.getAttribute("ownPassword"))) {
			return PASSWORD_PAGE;
		}
		return enrolment(user, model, CodeForm.empty()).orElse("identity/second-factor-enrolled");
	}

	@PostMapping("/second-factor")
	String enrol(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		if (!Boolean.TRUE.equals(model.getAttribute("ownPassword"))) {
			return PASSWORD_PAGE;
		}
		Optional<List<String>> recoveryCodes = errors.hasErrors() ? Optional.empty()
				: this.accounts.confirm(user, form.code());
		if (recoveryCodes.isEmpty()) {
			if (!errors.hasFieldErrors("code")) {
				errors.rejectValue("code", "secondFactor.wrongCode");
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return enrolment(user, model, form).orElse("identity/second-factor-enrolled");
		}
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "identity/recovery-codes";
	}

	private Optional<String> enrolment(CurrentUser user, Model model, CodeForm form) {
		return this.accounts.offer(user).map(enrolment -> {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("form", form);
			model.addAttribute("action", SECOND_FACTOR);
			return "identity/second-factor-enrol";
		});
	}

}
