package nl.koers.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.identity.api.Role;
import nl.koers.identity.api.UserDirectory;
import nl.koers.identity.api.UserSummary;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up users for other modules: consultants to assign as case lead, and names to
 * show.
 */
@Service
@Transactional(readOnly = true)
class UserDirectoryService implements UserDirectory {

	private static final String OPEN = "called by other modules inside their own checked step; takes no user";

	private final AppUserRepository users;

	private final MunicipalityRepository municipalities;

	UserDirectoryService(AppUserRepository users, MunicipalityRepository municipalities) {
		this.users = users;
		this.municipalities = municipalities;
	}

	@Override
	@Open(OPEN)
	public Optional<String> municipalityName(UUID municipalityId) {
		return this.municipalities.findById(municipalityId).map(Municipality::getName);
	}

	@Override
	@Open(OPEN)
	public Optional<UserSummary> findConsultant(UUID municipalityId, UUID userId) {
		return this.users.findByIdAndMunicipalityId(userId, municipalityId)
			.filter(UserDirectoryService::activeConsultant)
			.map(AppUser::toSummary);
	}

	@Override
	@Open(OPEN)
	public List<UserSummary> consultants(UUID municipalityId) {
		return this.users.findByMunicipalityIdOrderByDisplayName(municipalityId)
			.stream()
			.filter(UserDirectoryService::activeConsultant)
			.map(AppUser::toSummary)
			.toList();
	}

	@Override
	@Open(OPEN)
	public List<UserSummary> users(UUID municipalityId) {
		return this.users.findByMunicipalityIdOrderByDisplayName(municipalityId)
			.stream()
			.map(AppUser::toSummary)
			.toList();
	}

	@Override
	@Open(OPEN)
	public Map<UUID, String> displayNames(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findDisplayNames(ids)
			.stream()
			.collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
	}

	private static boolean activeConsultant(AppUser user) {
		return user.isEnabled() && !user.isSystemAccount() && user.getRoles().contains(Role.CONSULTANT);
	}

}
