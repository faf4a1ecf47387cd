package nl.koers.identity;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.web.FormFlow;

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
 * Administrators manage the users and roles of their own municipality.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("@identityPolicy.mayAdminister(principal)")
class UserAdminController {

	private static final String USERS = "/admin/users";

	private final AccountService accounts;

	private final FormFlow forms;

	private final SecondFactorService secondFactors;

	UserAdminController(AccountService accounts, FormFlow forms, SecondFactorService secondFactors) {
		this.accounts = accounts;
		this.forms = forms;
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("users", this.accounts.list(admin));
		return "identity/users";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return createForm(admin, model, NewUserForm.empty());
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("user") NewUserForm form,
			BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.accounts.create(admin, form), "user.created", USERS,
				() -> createForm(admin, model, form));
	}

	@GetMapping("/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		return editPage(admin, id, model);
	}

	@PostMapping("/{id}")
	String change(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("change") UserChangeForm change, BindingResult errors, Model model) {
		UserAccount account = this.accounts.get(admin, id);
		return this.forms.submit(errors, () -> this.accounts.change(admin, id, change), "user.saved", USERS,
				() -> editForm(admin, model, account, change));
	}

	@PostMapping("/{id}/unlock")
	String liftThrottle(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.accounts.liftThrottle(admin, id), "user.unlocked", USERS + "/" + id,
				() -> editPage(admin, id, model));
	}

	@PostMapping("/{id}/sessions/end")
	String endSessions(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, HttpSession session,
			Model model) {
		return this.forms.act(() -> this.accounts.endSessions(admin, id, session.getId()), "user.sessionsEnded",
				USERS + "/" + id, () -> editPage(admin, id, model));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam String password, Model model) {
		return this.forms.act(() -> this.accounts.resetPassword(admin, id, password), "user.passwordReset",
				USERS + "/" + id, () -> editPage(admin, id, model));
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.secondFactors.reset(admin, id), "user.secondFactor.wasReset", USERS + "/" + id,
				() -> editPage(admin, id, model));
	}

	private String createForm(CurrentUser admin, Model model, NewUserForm user) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.accounts.organisations(admin));
		return "identity/user-new";
	}

	private String editPage(CurrentUser admin, UUID id, Model model) {
		UserAccount account = this.accounts.get(admin, id);
		return editForm(admin, model, account,
				new UserChangeForm(account.displayName(), account.roles(), account.enabled(), account.version()));
	}

	private String editForm(CurrentUser admin, Model model, UserAccount account, UserChangeForm change) {
		model.addAttribute("secondFactor", this.secondFactors.enrolled(account.id()));
		model.addAttribute("events", this.secondFactors.events(account.id()));
		model.addAttribute("account", account);
		model.addAttribute("sessionCount", this.accounts.sessionCount(admin, account.id()));
		model.addAttribute("change", change);
		model.addAttribute("roles", Role.values());
		return "identity/user-edit";
	}

}
