package nl.koers.identity;

import nl.koers.identity.api.Role;

import nl.koers.identity.api.CurrentUser;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage the users and roles of their own municipality.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminController {

	private final Accounts accounts;

	UserAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("users", this.accounts.list(admin));
		return "identity/users";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return createForm(admin, model,
				new NewUser(admin.municipalityId(), null, null, null, null, Set.of(Role.CONSULTANT)));
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser admin, @ModelAttribute("user") NewUser form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		NewUser user = new NewUser(admin.municipalityId(), form.organisationId(), form.username(), form.displayName(),
				form.password(), form.roles() == null ? Set.of() : form.roles());
		try {
			this.accounts.createUser(user);
		}
		catch (jakarta.validation.ConstraintViolationException ex) {
			ex.getConstraintViolations()
				.forEach(violation -> errors.rejectValue(lastNode(violation.getPropertyPath().toString()), "",
						violation.getMessage()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return createForm(admin, model, user);
		}
		catch (ConflictException ex) {
			errors.rejectValue("username", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return createForm(admin, model, user);
		}
		catch (InvalidFieldException ex) {
			errors.rejectValue(ex.field(), ex.messageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return createForm(admin, model, user);
		}
		redirect.addFlashAttribute("flash", "user.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		UserAccount account = this.accounts.get(admin, id);
		return editForm(admin, model, account,
				new UserChange(account.displayName(), account.roles(), account.enabled(), account.version()));
	}

	@PostMapping("/{id}")
	String change(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("change") UserChange change, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		UserAccount account = this.accounts.get(admin, id);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editForm(admin, model, account, change);
		}
		try {
			this.accounts.change(admin, id, change.version(), change.displayName(), change.roles(),
					Boolean.TRUE.equals(change.enabled()));
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return editForm(admin, model, account, change);
		}
		catch (InvalidFieldException ex) {
			errors.rejectValue("roles", ex.messageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editForm(admin, model, account, change);
		}
		redirect.addFlashAttribute("flash", "user.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		this.accounts.unlock(admin, id);
		redirect.addFlashAttribute("flash", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam String password, RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(admin, id, password);
			redirect.addFlashAttribute("flash", "user.passwordReset");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("passwordError", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private String createForm(CurrentUser admin, Model model, NewUser user) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.accounts.organisations(admin));
		return "identity/user-new";
	}

	private String editForm(CurrentUser admin, Model model, UserAccount account, UserChange change) {
		model.addAttribute("account", account);
		model.addAttribute("change", change);
		model.addAttribute("roles", Role.values());
		return "identity/user-edit";
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
