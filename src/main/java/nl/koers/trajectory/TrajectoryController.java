package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.client.api.Outcome;
import nl.koers.consent.api.DataCategory;
import nl.koers.contract.api.Contracts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.FormFlow;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStart;
import nl.koers.trajectory.api.TrajectoryView;

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

/**
 * The trajectory pages: the client file's section (nominate, see the client's
 * trajectories), the provider's list, the nominations awaiting the contract manager's
 * approval, and one trajectory with the steps the caller may take. A refused step shows
 * the same page again with every reason.
 */
@Controller
class TrajectoryController {

	private final NominationService nominations;

	private final TrajectoryService trajectories;

	private final TrajectoryPolicy policy;

	private final Contracts contracts;

	private final Agreements agreements;

	private final FormFlow forms;

	private final Clock clock;

	TrajectoryController(NominationService nominations, TrajectoryService trajectories, TrajectoryPolicy policy,
			Contracts contracts, Agreements agreements, FormFlow forms, Clock clock) {
		this.nominations = nominations;
		this.trajectories = trajectories;
		this.policy = policy;
		this.contracts = contracts;
		this.agreements = agreements;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/trajectories")
	@PreAuthorize("@trajectoryPolicy.mayNominate(principal)")
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("form", new Nomination(null, null, null));
		String page = section(user, clientId, model);
		return htmx != null ? page + " :: content" : page;
	}

	@PostMapping("/clients/{clientId}/trajectories")
	@PreAuthorize("@trajectoryPolicy.mayNominate(principal)")
	String nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") Nomination form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.nominations.nominate(user, clientId, form), "trajectory.nominated",
				"/clients/" + clientId + "/trajectories", () -> section(user, clientId, model));
	}

	@GetMapping("/trajectories")
	@PreAuthorize("@trajectoryPolicy.mayAnswer(principal)")
	String provider(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("trajectories", this.trajectories.ofProvider(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "trajectory/list";
	}

	@GetMapping("/contracts/approvals")
	@PreAuthorize("@trajectoryPolicy.mayApprove(principal)")
	String approvals(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("trajectories", this.nominations.awaitingApproval(user));
		return "trajectory/approvals";
	}

	@GetMapping("/trajectories/{id}")
	@PreAuthorize("@trajectoryPolicy.mayRead(principal)")
	String trajectory(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, id, model);
	}

	@PostMapping("/trajectories/{id}/approval")
	@PreAuthorize("@trajectoryPolicy.mayApprove(principal)")
	String approval(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute ApprovalForm form, BindingResult errors, Model model) {
		return this.forms.submitListed(errors, () -> this.nominations.decide(user, id, form), "trajectory.decided",
				"/contracts/approvals", () -> page(user, id, model));
	}

	@PostMapping("/trajectories/{id}/answer")
	@PreAuthorize("@trajectoryPolicy.mayAnswer(principal)")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute ProviderAnswer form, BindingResult errors, Model model) {
		return step(user, id, errors, () -> this.trajectories.answer(user, id, form), model);
	}

	@PostMapping("/trajectories/{id}/start")
	@PreAuthorize("@trajectoryPolicy.mayRecordCourse(principal)")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute TrajectoryStart form, BindingResult errors, Model model) {
		return step(user, id, errors, () -> this.trajectories.start(user, id, form), model);
	}

	@PostMapping("/trajectories/{id}/phase")
	@PreAuthorize("@trajectoryPolicy.mayRecordCourse(principal)")
	String phase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute PhaseChange form, BindingResult errors, Model model) {
		return step(user, id, errors, () -> this.trajectories.changePhase(user, id, form), model);
	}

	@PostMapping("/trajectories/{id}/reports")
	@PreAuthorize("@trajectoryPolicy.mayAnswer(principal)")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute TrajectoryNote form, BindingResult errors, Model model) {
		return step(user, id, errors, () -> this.trajectories.report(user, id, form), model);
	}

	@PostMapping("/trajectories/{id}/end")
	@PreAuthorize("@trajectoryPolicy.mayRecordCourse(principal)")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute TrajectoryEnd form, BindingResult errors, Model model) {
		return step(user, id, errors, () -> this.trajectories.end(user, id, form), model);
	}

	@PostMapping("/trajectories/{id}/withdrawal")
	@PreAuthorize("@trajectoryPolicy.mayNominate(principal)")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute TrajectoryNote form, BindingResult errors, Model model) {
		return step(user, id, errors, () -> this.nominations.withdraw(user, id, form), model);
	}

	/**
	 * An agreement made with the client at the start of this trajectory; breaking it
	 * without valid reason is a ground for a measure.
	 */
	@PostMapping("/trajectories/{id}/agreements")
	@PreAuthorize("@trajectoryPolicy.mayNominate(principal)")
	String agreement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute StartAgreementForm form, BindingResult errors, Model model) {
		return step(user, id, errors,
				() -> this.agreements.make(user, this.trajectories.trajectory(user, id).clientId(),
						new NewAgreement(form.description(), form.madeOn(), null, null, id)),
				model);
	}

	/**
	 * A step on the trajectory page: back to the page with a message, or the page again
	 * with every reason the step was refused.
	 */
	private String step(CurrentUser user, UUID id, BindingResult errors, Runnable step, Model model) {
		return this.forms.submitListed(errors, step, "trajectory.saved", "/trajectories/" + id,
				() -> page(user, id, model));
	}

	private String section(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("trajectories", this.trajectories.ofClient(user, clientId));
		model.addAttribute("clientId", clientId);
		model.addAttribute("contracts", this.contracts.contracts(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "trajectory/section";
	}

	private String page(CurrentUser user, UUID id, Model model) {
		TrajectoryView trajectory = this.trajectories.trajectory(user, id);
		boolean municipal = this.policy.mayNominate(user);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("municipal", municipal);
		model.addAttribute("provider", this.policy.mayAnswer(user));
		model.addAttribute("contractManager", this.policy.mayApprove(user));
		if (this.policy.mayAnswer(user)) {
			Set<DataCategory> shared = this.trajectories.sharedWith(user, id).categories();
			model.addAttribute("shared",
					Arrays.stream(DataCategory.values())
						.filter(category -> category != DataCategory.IDENTITY && shared.contains(category))
						.toList());
		}
		if (municipal) {
			model.addAttribute("agreements",
					this.agreements.agreements(user, trajectory.clientId())
						.stream()
						.filter(agreement -> id.equals(agreement.trajectoryId()))
						.toList());
		}
		return "trajectory/trajectory";
	}

}
