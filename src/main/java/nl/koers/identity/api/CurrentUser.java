package nl.koers.identity.api;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.system.TenantScope;
import nl.koers.system.web.SignedInUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who they are, their roles, and the municipality (and for
 * institution workers, the organisation) they act for. Every service call takes it so
 * that role and municipality are checked on the server.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, SignedInUser, TenantScope.Member {

	private final UUID id;

	private final String username;

	private final String displayName;

	private final UUID municipalityId;

	private final UUID organisationId;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public CurrentUser(UUID id, String username, String displayName, UUID municipalityId, UUID organisationId,
			Set<Role> roles, boolean enabled, boolean locked, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.municipalityId = municipalityId;
		this.organisationId = organisationId;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public UUID municipalityId() {
		return this.municipalityId;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		for (Role candidate : candidates) {
			if (this.roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The roles as one sorted, comma-separated text, as the access log stores them.
	 */
	public String rolesText() {
		return this.roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + "]";
	}

}
