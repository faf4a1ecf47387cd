package nl.koers.identity.api;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * Something a user may do, and the roles that may do it. Each module names its
 * permissions once, in its policy ({@code <Module>Policy}), and both its services
 * ({@link #require}) and its controllers
 * ({@code @PreAuthorize("@goalPolicy.allows('RECORD',
 * principal)")}) ask that policy, so a rule about roles is written in one place.
 */
public final class Permission {

	private final String name;

	private final Set<Role> roles;

	private Permission(String name, Set<Role> roles) {
		this.name = name;
		this.roles = Set.copyOf(roles);
	}

	public static Permission of(String name, Role first, Role... others) {
		return new Permission(name, EnumSet.of(first, others));
	}

	public String name() {
		return this.name;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public boolean allows(CurrentUser user) {
		return user != null && this.roles.stream().anyMatch(user::hasRole);
	}

	/**
	 * Refuses with 403 (an {@link AccessDeniedException}) when the user's roles do not
	 * allow this.
	 */
	public void require(CurrentUser user) {
		if (!allows(user)) {
			throw new AccessDeniedException("not allowed: " + this.name);
		}
	}

	@Override
	public String toString() {
		return "Permission[" + this.name + "]";
	}

}
