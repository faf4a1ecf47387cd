package nl.koers.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.identity.api.UserSummary;

@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	private UUID id;

	private UUID municipalityId;

	private UUID organisationId;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected AppUser() {
	}

	AppUser(UUID municipalityId, UUID organisationId, String username, String displayName, String passwordHash,
			Set<Role> roles) {
		this.id = UUID.randomUUID();
		this.municipalityId = municipalityId;
		this.organisationId = organisationId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.roles = EnumSet.copyOf(roles);
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(this.id, this.username, this.displayName, this.municipalityId, this.organisationId,
				this.roles, this.enabled, false, this.passwordHash);
	}

	void change(String displayName, Set<Role> roles, boolean enabled) {
		this.displayName = displayName;
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
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

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	long getVersion() {
		return this.version;
	}

	UserSummary toSummary() {
		return new UserSummary(this.id, this.username, this.displayName);
	}

	private boolean systemAccount;

	/**
	 * The account a registered system acts through: it has a name and roles but no
	 * password anyone knows, and it never signs in with a form or HTTP Basic.
	 */
	static AppUser system(UUID municipalityId, UUID organisationId, String username, String displayName,
			String unusablePasswordHash, Role role) {
		AppUser user = new AppUser(municipalityId, organisationId, username, displayName, unusablePasswordHash,
				Set.of(role));
		user.systemAccount = true;
		return user;
	}

	boolean isSystemAccount() {
		return this.systemAccount;
	}

	/**
	 * Whether the user has a Koers password; users of single sign-on have none.
	 */
	boolean hasPassword() {
		return this.passwordHash != null;
	}

}
