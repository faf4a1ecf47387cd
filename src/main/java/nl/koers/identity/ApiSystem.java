package nl.koers.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.Role;

/**
 * A system registered to call the API with client-credentials tokens: its client id, the
 * hash of its secret, its scopes and the account ({@code userId}) it acts through. A
 * revoked system gets no token and its tokens are refused.
 */
@Entity
@Table(name = "api_system")
class ApiSystem {

	@Id
	private UUID id;

	private UUID municipalityId;

	private UUID organisationId;

	private UUID userId;

	private String clientId;

	private String name;

	private String secretHash;

	private String scopes;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Instant createdAt;

	private Instant rotatedAt;

	private Instant revokedAt;

	@Version
	private long version;

	protected ApiSystem() {
	}

	ApiSystem(UUID municipalityId, UUID organisationId, UUID userId, String clientId, String name, String secretHash,
			Set<ApiScope> scopes, Role role, Instant now) {
		this.id = UUID.randomUUID();
		this.municipalityId = municipalityId;
		this.organisationId = organisationId;
		this.userId = userId;
		this.clientId = clientId;
		this.name = name;
		this.secretHash = secretHash;
		this.scopes = scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
		this.role = role;
		this.createdAt = now;
	}

	void rotate(String secretHash, Instant now) {
		this.secretHash = secretHash;
		this.rotatedAt = now;
	}

	void revoke(Instant now) {
		this.revokedAt = now;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	UUID getId() {
		return this.id;
	}

	UUID getMunicipalityId() {
		return this.municipalityId;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	UUID getUserId() {
		return this.userId;
	}

	String getClientId() {
		return this.clientId;
	}

	String getName() {
		return this.name;
	}

	String getSecretHash() {
		return this.secretHash;
	}

	Set<ApiScope> getScopes() {
		Set<ApiScope> result = EnumSet.noneOf(ApiScope.class);
		Arrays.stream(this.scopes.split(" ")).flatMap(value -> ApiScope.of(value).stream()).forEach(result::add);
		return result;
	}

	Role getRole() {
		return this.role;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getRotatedAt() {
		return this.rotatedAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
