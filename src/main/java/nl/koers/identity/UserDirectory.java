package nl.koers.identity;

import nl.koers.identity.api.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up users for other modules: consultants to assign as case lead, and names to
 * show.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final AppUserRepository users;

	private final MunicipalityRepository municipalities;

	UserDirectory(AppUserRepository users, MunicipalityRepository municipalities) {
		this.users = users;
		this.municipalities = municipalities;
	}

	/**
	 * The consultant with this id in this municipality, if there is one and they are
	 * active.
	 */
	public Optional<UserSummary> findConsultant(UUID municipalityId, UUID userId) {
		return this.users.findByIdAndMunicipalityId(userId, municipalityId)
			.filter(user -> user.isEnabled() && user.getRoles().contains(Role.CONSULTANT))
			.map(AppUser::toSummary);
	}

	public List<UserSummary> consultants(UUID municipalityId) {
		return this.users.findByMunicipalityIdOrderByDisplayName(municipalityId)
			.stream()
			.filter(user -> user.isEnabled() && user.getRoles().contains(Role.CONSULTANT))
			.map(AppUser::toSummary)
			.toList();
	}

	public List<UserSummary> users(UUID municipalityId) {
		return this.users.findByMunicipalityIdOrderByDisplayName(municipalityId)
			.stream()
			.map(AppUser::toSummary)
			.toList();
	}

	public Map<UUID, String> displayNames(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findByIdIn(ids).stream().collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
	}

	public String municipalityName(UUID municipalityId) {
		return this.municipalities.findById(municipalityId).map(Municipality::getName).orElse("");
	}

}
