package nl.koers.client;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.HouseholdView;
import nl.koers.identity.api.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's household (also the household section of the client file): its clients and
 * members, and for the case lead or a coordinator a form to add a member and a button to
 * remove one.
 */
@Controller
@RequestMapping("/clients/{clientId}/household")
@PreAuthorize("@clientPolicy.mayOpen(principal)")
class HouseholdController {

	private static final String PAGE = "client/household";

	private final HouseholdService households;

	private final ClientService clients;

	private final FormFlow forms;

	HouseholdController(HouseholdService households, ClientService clients, FormFlow forms) {
		this.households = households;
		this.clients = clients;
		this.forms = forms;
	}

	@GetMapping
	String household(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		page(user, clientId, new HouseholdMember(null, null, null, null, null, null), model);
		return htmx != null ? PAGE + " :: content" : PAGE;
	}

	@PostMapping("/members")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("member") HouseholdMember member, BindingResult errors, @RequestParam Long version,
			Model model) {
		return this.forms.submit(errors, () -> this.households.addMember(user, clientId, member, version),
				"household.saved", target(clientId), () -> page(user, clientId, member, model));
	}

	@PostMapping("/members/{position}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable int position,
			@RequestParam Long version, Model model) {
		return this.forms.act(() -> this.households.removeMember(user, clientId, position, version), "household.saved",
				target(clientId),
				() -> page(user, clientId, new HouseholdMember(null, null, null, null, null, null), model));
	}

	private String page(CurrentUser user, UUID clientId, HouseholdMember member, Model model) {
		ClientView client = this.clients.get(user, clientId);
		HouseholdView household = client.household();
		model.addAttribute("client", client);
		model.addAttribute("household", household);
		model.addAttribute("mayChange", this.clients.mayChange(user, client));
		model.addAttribute("member", member);
		model.addAttribute("relations", HouseholdRelation.values());
		return PAGE;
	}

	private static String target(UUID clientId) {
		return "/clients/" + clientId + "/household";
	}

}
