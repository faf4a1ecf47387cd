package nl.koers.identity;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.FormFlow;
import nl.koers.system.web.ReasonTexts;
import nl.koers.system.web.ReasonTexts.Refusal;

import org.springframework.http.HttpHeaders;
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

/**
 * Administrators register the systems of their own municipality, rotate their secret and
 * revoke them. A new secret is shown once, in the answer to the post itself and never
 * stored (not in a redirect's flash, which would put it in the session table).
 */
@Controller
@RequestMapping("/admin/systems")
@PreAuthorize("@identityPolicy.mayAdminister(principal)")
class ApiSystemController {

	private static final String SYSTEMS = "/admin/systems";

	private final ApiSystemService systems;

	private final AccountService accounts;

	private final FormFlow forms;

	private final ReasonTexts texts;

	ApiSystemController(ApiSystemService systems, AccountService accounts, FormFlow forms, ReasonTexts texts) {
		this.systems = systems;
		this.accounts = accounts;
		this.forms = forms;
		this.texts = texts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("systems", this.systems.list(admin));
		return "identity/systems";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return createForm(admin, model, ApiSystemForm.empty());
	}

	@PostMapping
	String register(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("system") ApiSystemForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(400);
			return createForm(admin, model, form);
		}
		return secretShown(() -> this.systems.register(admin, form), admin, model, response, refusal -> {
			refusal.reasons().forEach(reason -> errors.reject(reason.messageKey(), this.texts.text(reason)));
			return createForm(admin, model, form);
		});
	}

	@GetMapping("/{id}")
	String page(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		model.addAttribute("system", this.systems.get(admin, id));
		model.addAttribute("history", this.systems.history(admin, id));
		return "identity/system";
	}

	@PostMapping("/{id}/rotation")
	String rotate(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		return secretShown(() -> this.systems.rotate(admin, id), admin, model, response, refusal -> {
			model.addAttribute(FormFlow.PROBLEMS, this.texts.texts(refusal.reasons()));
			return page(admin, id, model);
		});
	}

	@PostMapping("/{id}/revocation")
	String revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.systems.revoke(admin, id), "apisystem.revoked.done", SYSTEMS + "/" + id,
				() -> page(admin, id, model));
	}

	/**
	 * The system's page with its new secret, kept out of every cache; on a refusal the
	 * page {@code refused} gives, with its status.
	 */
	private String secretShown(Supplier<IssuedSecret> step, CurrentUser admin, Model model,
			HttpServletResponse response, Function<Refusal, String> refused) {
		IssuedSecret issued;
		try {
			issued = step.get();
		}
		catch (RuntimeException ex) {
			Refusal refusal = ReasonTexts.refusal(ex).orElseThrow(() -> ex);
			response.setStatus(refusal.status().value());
			return refused.apply(refusal);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("issued", issued);
		return page(admin, issued.systemId(), model);
	}

	private String createForm(CurrentUser admin, Model model, ApiSystemForm form) {
		model.addAttribute("system", form);
		model.addAttribute("organisations", this.accounts.organisations(admin));
		model.addAttribute("roles", List.copyOf(ApiSystemService.MUNICIPAL_ROLES));
		model.addAttribute("scopes", ApiScope.values());
		return "identity/system-new";
	}

}
