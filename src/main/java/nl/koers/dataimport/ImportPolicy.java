package nl.koers.dataimport;

import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may import: the municipality's administrator, or a system of the municipality (not
 * of an institution) whose token carries the {@code imports} scope. Public (with its
 * {@code may…} method) because page controllers ask it from {@code @PreAuthorize}.
 */
@Component("importPolicy")
class ImportPolicy {

	static final Permission IMPORT = Permission.of("import the caseload", Role.ADMINISTRATOR);

	public boolean mayImport(CurrentUser user) {
		return IMPORT.allows(user) || isMunicipalSystemWithScope(user);
	}

	void requireImport(CurrentUser user) {
		if (!mayImport(user)) {
			throw new AccessDeniedException("not allowed: " + IMPORT.name());
		}
	}

	private static boolean isMunicipalSystemWithScope(CurrentUser user) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.organisationId() == null && authentication != null
				&& authentication.getPrincipal() == user
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> ApiScope.IMPORTS.authority().equals(authority.getAuthority()));
	}

}
