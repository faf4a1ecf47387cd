package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trajectory pages: the client file's section (nominate, see the client's
 * trajectories), the provider's list, and one trajectory with the steps the caller may
 * take.
 */
@Controller
class TrajectoryController {

	private static final String MUNICIPAL = "hasAnyRole('CONSULTANT', 'COORDINATOR')";

	private static final String SIDES = "hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')";

	private final Nominations nominations;

	private final Trajectories trajectories;

	private final Contracts contracts;

	private final Agreements agreements;

	private final Refusals refusals;

	private final Clock clock;

	TrajectoryController(Nominations nominations, Trajectories trajectories, Contracts contracts, Agreements agreements,
			Refusals refusals, Clock clock) {
		this.clock = clock;
		this.nominations = nominations;
		this.trajectories = trajectories;
		this.contracts = contracts;
		this.agreements = agreements;
		this.refusals = refusals;
	}

	@GetMapping("/clients/{clientId}/trajectories")
	@PreAuthorize(MUNICIPAL)
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("trajectories", this.trajectories.ofClient(user, clientId));
		model.addAttribute("clientId", clientId);
		model.addAttribute("contracts", this.contracts.contracts(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NominationForm(null, null, null));
		}
		return htmx != null ? "trajectory/section :: content" : "trajectory/section";
	}

	@PostMapping("/clients/{clientId}/trajectories")
	@PreAuthorize(MUNICIPAL)
	String nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NominationForm form, BindingResult errors, RedirectAttributes redirect) {
		String back = "redirect:/clients/" + clientId + "/trajectories";
		String page = this.refusals.attempt(errors, redirect, "trajectory.nominated",
				() -> this.nominations.nominate(user, clientId, form), back, back);
		if (redirect.getFlashAttributes().containsKey("problems")) {
			redirect.addFlashAttribute("form", form);
		}
		return page;
	}

	@GetMapping("/trajectories")
	@PreAuthorize("hasRole('INSTITUTION_WORKER')")
	String provider(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("trajectories", this.trajectories.ofProvider(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "trajectory/list";
	}

	@GetMapping("/trajectories/{id}")
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER', 'CONTRACT_MANAGER')")
	String trajectory(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		TrajectoryView trajectory = this.trajectories.trajectory(user, id);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("municipal", TrajectorySides.municipalSide(user));
		model.addAttribute("provider", user.hasRole(Role.INSTITUTION_WORKER));
		model.addAttribute("contractManager", user.hasRole(Role.CONTRACT_MANAGER));
		if (TrajectorySides.municipalSide(user)) {
			model.addAttribute("agreements",
					this.agreements.agreements(user, trajectory.clientId())
						.stream()
						.filter(agreement -> id.equals(agreement.trajectoryId()))
						.toList());
		}
		return "trajectory/trajectory";
	}

	@PostMapping("/trajectories/{id}/approval")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String approval(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute ApprovalForm form, BindingResult errors, RedirectAttributes redirect) {
		return this.refusals.attempt(errors, redirect, "trajectory.decided",
				() -> this.nominations.decide(user, id, form), "redirect:/contracts/approvals",
				"redirect:/trajectories/" + id);
	}

	@PostMapping("/trajectories/{id}/answer")
	@PreAuthorize("hasRole('INSTITUTION_WORKER')")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute AnswerForm form, BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect, () -> this.trajectories.answer(user, id, form), id);
	}

	@PostMapping("/trajectories/{id}/start")
	@PreAuthorize(SIDES)
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute StartForm form, BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect, () -> this.trajectories.start(user, id, form), id);
	}

	@PostMapping("/trajectories/{id}/phase")
	@PreAuthorize(SIDES)
	String phase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute PhaseForm form, BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect, () -> this.trajectories.changePhase(user, id, form), id);
	}

	@PostMapping("/trajectories/{id}/reports")
	@PreAuthorize("hasRole('INSTITUTION_WORKER')")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute NoteForm form, BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect, () -> this.trajectories.report(user, id, form), id);
	}

	@PostMapping("/trajectories/{id}/end")
	@PreAuthorize(SIDES)
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute EndForm form,
			BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect, () -> this.trajectories.end(user, id, form), id);
	}

	@PostMapping("/trajectories/{id}/withdrawal")
	@PreAuthorize(MUNICIPAL)
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute NoteForm form, BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect, () -> this.nominations.withdraw(user, id, form), id);
	}

	/**
	 * An agreement made with the client at the start of this trajectory; breaking it
	 * without valid reason is a ground for a measure.
	 */
	@PostMapping("/trajectories/{id}/agreements")
	@PreAuthorize(MUNICIPAL)
	String agreement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute StartAgreementForm form, BindingResult errors, RedirectAttributes redirect) {
		return step(errors, redirect,
				() -> this.agreements.make(user, this.trajectories.trajectory(user, id).clientId(),
						new NewAgreement(form.description(), form.madeOn(), null, null, id)),
				id);
	}

	private String step(BindingResult errors, RedirectAttributes redirect, Supplier<?> step, UUID id) {
		String page = "redirect:/trajectories/" + id;
		return this.refusals.attempt(errors, redirect, "trajectory.saved", step, page, page);
	}

}
