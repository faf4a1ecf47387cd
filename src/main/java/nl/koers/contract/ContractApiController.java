package nl.koers.contract;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contracts", description = "Contracts with providers for purchased activation trajectories")
class ContractApiController {

	private final ContractService contracts;

	ContractApiController(ContractService contracts) {
		this.contracts = contracts;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/contracts")
	@Operation(summary = "A contract with a provider for a number of activation trajectories (contract managers)")
	ResponseEntity<ContractView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ContractTerms form) {
		ContractView contract = this.contracts.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract.id())).body(contract);
	}

	@GetMapping("/contracts")
	@Operation(summary = "The municipality's contracts; a provider's worker sees only the provider's own")
	CursorPage<ContractView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.contracts.contracts(user, next, PageLimit.of(limit));
	}

	@GetMapping("/contracts/{id}")
	@Operation(summary = "One contract with its terms and the places taken")
	ContractView contract(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.contracts.contract(user, id);
	}

	@PutMapping("/contracts/{id}")
	@Operation(summary = "Change a contract's terms (send its version back; 409 when it changed meanwhile)")
	ContractView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ContractTerms form) {
		return this.contracts.update(user, id, form);
	}

}
