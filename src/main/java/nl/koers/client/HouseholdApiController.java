package nl.koers.client;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdView;
import nl.koers.identity.api.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients/{id}/household")
@Tag(name = "Clients", description = "Register, read, change and find clients")
class HouseholdApiController {

	private final HouseholdService households;

	HouseholdApiController(HouseholdService households) {
		this.households = households;
	}

	@GetMapping
	@Operation(summary = "The client's household: its clients and members")
	HouseholdView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.households.household(user, id);
	}

	@PutMapping
	@Operation(summary = "Replace the members of the client's household; send the household's version you read, "
			+ "a stale version gets 409. A member with the BSN of a client of the municipality shares the household")
	HouseholdView replaceMembers(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody HouseholdMembers members) {
		return this.households.replaceMembers(user, id, members);
	}

}
