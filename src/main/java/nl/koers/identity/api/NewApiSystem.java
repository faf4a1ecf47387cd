package nl.koers.identity.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A system to register with a secret chosen beforehand (the demo data, the tests): bound
 * to an organisation of the municipality (it acts as that organisation's institution
 * worker) or, without one, to the municipality with {@code role}.
 */
public record NewApiSystem(@NotNull UUID municipalityId, UUID organisationId,
		@NotBlank @Pattern(regexp = "[a-z0-9-]{3,40}") String clientId, @NotBlank @Size(max = 120) String name,
		@NotBlank @Size(min = 10, max = 200) String secret, @NotEmpty Set<ApiScope> scopes, Role role) {
}
