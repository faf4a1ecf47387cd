package nl.koers.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.identity.api.SecondFactors;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor of Koers's own (password) accounts: who needs one, enrolment
 * with its recovery codes, checking a code, and an administrator's reset.
 */
@Service
class SecondFactorService implements SecondFactors {

	static final int RECOVERY_CODES = 10;

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final AccountEventRepository events;

	private final AppUserRepository users;

	private final Totp totp;

	private final IdentityPolicy policy;

	private final CredentialCache credentials;

	private final SignedInSessions sessions;

	private final Clock clock;

	private final Set<Role> requiredRoles;

	private final boolean requiredForEveryone;

	SecondFactorService(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
			AccountEventRepository events, AppUserRepository users, Totp totp, IdentityPolicy policy,
			CredentialCache credentials, SignedInSessions sessions, Clock clock,
			@Value("${koers.security.second-factor.required-roles:ADMINISTRATOR,AUDITOR}") Set<Role> requiredRoles,
			@Value("${koers.security.second-factor.required-for-everyone:false}") boolean requiredForEveryone) {
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.events = events;
		this.users = users;
		this.totp = totp;
		this.policy = policy;
		this.credentials = credentials;
		this.sessions = sessions;
		this.clock = clock;
		this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
		this.requiredForEveryone = requiredForEveryone;
	}

	/**
	 * Whether the user must have a second factor, enrolled or not.
	 */
	boolean required(CurrentUser user) {
		return this.requiredForEveryone || user.roles().stream().anyMatch(this.requiredRoles::contains);
	}

	/**
	 * Whether signing in with a password takes a second factor: required, or enrolled
	 * voluntarily.
	 */
	@Transactional(readOnly = true)
	boolean needed(CurrentUser user) {
		return required(user) || enrolled(user.id());
	}

	@Transactional(readOnly = true)
	boolean enrolled(UUID userId) {
		return this.factors.isEnrolled(userId);
	}

	/**
	 * The secret to enrol with, the same one until it is confirmed; empty when the user
	 * is enrolled already.
	 */
	@Transactional
	Optional<Enrolment> offer(UUID userId, String username) {
		SecondFactor factor = this.factors.lock(userId)
			.orElseGet(() -> this.factors.save(new SecondFactor(userId, this.totp.newSecret())));
		if (factor.isEnrolled()) {
			return Optional.empty();
		}
		return Optional.of(new Enrolment(factor.secret(), this.totp.qrCode(username, factor.secret())));
	}

	/**
	 * Puts the offered secret in force when the code fits it; answers the new recovery
	 * codes, shown once and stored only hashed.
	 */
	@Transactional
	Optional<List<String>> confirm(UUID userId, String code) {
		Optional<SecondFactor> offered = this.factors.lock(userId).filter(factor -> !factor.isEnrolled());
		if (offered.isEmpty()) {
			return Optional.empty();
		}
		SecondFactor factor = offered.get();
		OptionalLong step = this.totp.match(factor.secret(), code, factor.lastUsedStep());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		factor.enrol(this.clock.instant(), step.getAsLong());
		return Optional.of(newRecoveryCodes(userId));
	}

	/**
	 * Whether the code is the user's current TOTP code or one of their unused recovery
	 * codes; either works once.
	 */
	@Transactional
	boolean verify(UUID userId, String code) {
		Optional<SecondFactor> enrolled = this.factors.lock(userId).filter(SecondFactor::isEnrolled);
		if (enrolled.isEmpty() || code == null) {
			return false;
		}
		SecondFactor factor = enrolled.get();
		OptionalLong step = this.totp.match(factor.secret(), code.strip(), factor.lastUsedStep());
		if (step.isPresent()) {
			factor.used(step.getAsLong());
			return true;
		}
		return this.recoveryCodes.use(userId, hash(code), this.clock.instant()) == 1;
	}

	/**
	 * An administrator removes a user of their own municipality's second factor and
	 * recovery codes (the user enrols again at the next sign-in), recorded on the user's
	 * page; the user's sessions end.
	 */
	@Transactional
	void reset(CurrentUser administrator, UUID userId) {
		this.policy.requireAdminister(administrator);
		AppUser user = this.users.findByIdAndMunicipalityId(userId, administrator.municipalityId())
			.orElseThrow(() -> new NotFoundException("user"));
		this.factors.findById(userId).ifPresent(this.factors::delete);
		this.recoveryCodes.deleteByUser(userId);
		this.events.save(new AccountEvent(userId, administrator.id(), AccountEvent.Kind.SECOND_FACTOR_RESET,
				this.clock.instant()));
		this.credentials.forget(userId);
		this.sessions.end(user.getUsername());
	}

	/**
	 * What administrators did to the account, newest first, with who did it; for the
	 * user's page, whose administrator was checked.
	 */
	@Transactional(readOnly = true)
	List<AccountEventView> events(UUID userId) {
		List<AccountEvent> found = this.events.findByUserIdOrderByOccurredAtDesc(userId);
		Map<UUID, String> names = new HashMap<>();
		this.users.findByIdIn(found.stream().map(AccountEvent::actorId).toList())
			.forEach(actor -> names.put(actor.getId(), actor.getDisplayName()));
		return found.stream()
			.map(event -> new AccountEventView(event.kind(), names.get(event.actorId()), event.occurredAt()))
			.toList();
	}

	@Override
	@Transactional
	@Open("setting up: called by the demo data and the tests; takes no user")
	public void enrol(UUID userId, String secret) {
		SecondFactor factor = new SecondFactor(userId, secret);
		factor.enrol(this.clock.instant(), 0);
		this.factors.save(factor);
	}

	private List<String> newRecoveryCodes(UUID userId) {
		this.recoveryCodes.deleteByUser(userId);
		List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		codes.forEach(code -> this.recoveryCodes.save(new RecoveryCode(userId, hash(code))));
		return codes;
	}

	/**
	 * SHA-256 suffices for recovery codes: they are random with about 80 bits, not
	 * passwords, and wrong attempts count towards the account's throttle.
	 */
	private static String hash(String code) {
		String normalised = code.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	record Enrolment(String secret, String qrCode) {
	}

	record AccountEventView(AccountEvent.Kind kind, String actor, Instant occurredAt) {
	}

}
