package nl.koers.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * The second step of a password sign-in: the code (or a recovery code), or enrolment for
 * a user who must have a second factor and has none yet. Only a sign-in waiting for its
 * second factor reaches it ({@link SecondFactorGate}); anyone else goes home.
 */
@Controller
@RequestMapping(SecondFactorGate.PAGE)
class SecondFactorController {

	private static final String HOME = "redirect:/";

	private static final String FAILED = "redirect:/login?error";

	private final SecondFactorService factors;

	private final SignInSteps steps;

	SecondFactorController(SecondFactorService factors, SignInSteps steps) {
		this.factors = factors;
		this.steps = steps;
	}

	@GetMapping
	String codePage(@AuthenticationPrincipal SecondFactorStep step, Model model) {
		if (step == null) {
			return HOME;
		}
		model.addAttribute("form", CodeForm.empty());
		return "identity/second-factor";
	}

	@PostMapping
	String code(@AuthenticationPrincipal SecondFactorStep step, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
		if (step == null) {
			return HOME;
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "identity/second-factor";
		}
		if (this.steps.delayed(step.userId())) {
			errors.rejectValue("code", "secondFactor.wait");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "identity/second-factor";
		}
		if (this.factors.verify(step.userId(), form.code())) {
			return this.steps.complete(request, response, step.userId()) ? HOME : FAILED;
		}
		boolean goOn = this.steps.wrongCode(request, response, step.userId());
		errors.rejectValue("code", goOn ? "secondFactor.wrongCode" : "secondFactor.wait");
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "identity/second-factor";
	}

	@GetMapping("/enrol")
	String enrolPage(@AuthenticationPrincipal SecondFactorStep step, Model model) {
		if (step == null) {
			return HOME;
		}
		return enrolment(step, model, CodeForm.empty()).orElse("redirect:" + SecondFactorGate.PAGE);
	}

	@PostMapping("/enrol")
	String enrol(@AuthenticationPrincipal SecondFactorStep step, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (step == null) {
			return HOME;
		}
		Optional<List<String>> recoveryCodes = errors.hasErrors() ? Optional.empty()
				: this.factors.confirm(step.userId(), form.code());
		if (recoveryCodes.isEmpty()) {
			if (!errors.hasFieldErrors("code")) {
				errors.rejectValue("code", "secondFactor.wrongCode");
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return enrolment(step, model, form).orElse("redirect:" + SecondFactorGate.PAGE);
		}
		if (!this.steps.complete(request, response, step.userId())) {
			return FAILED;
		}
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "identity/recovery-codes";
	}

	private Optional<String> enrolment(SecondFactorStep step, Model model, CodeForm form) {
		return this.factors.offer(step.userId(), step.username()).map(enrolment -> {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("form", form);
			model.addAttribute("action", SecondFactorGate.PAGE + "/enrol");
			return "identity/second-factor-enrol";
		});
	}

}
