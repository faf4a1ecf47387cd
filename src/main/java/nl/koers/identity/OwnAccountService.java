package nl.koers.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signed-in users do to their own Koers account: change their password and enrol a
 * second factor of their own accord.
 */
@Service
class OwnAccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final CredentialCache credentials;

	private final LoginAttempts attempts;

	private final SignedInSessions sessions;

	private final SecondFactorService factors;

	private final Clock clock;

	OwnAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CredentialCache credentials,
			LoginAttempts attempts, SignedInSessions sessions, SecondFactorService factors, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.credentials = credentials;
		this.attempts = attempts;
		this.sessions = sessions;
		this.factors = factors;
		this.clock = clock;
	}

	/**
	 * Changes the user's password after checking the current one (a wrong one counts
	 * towards the account's throttle; while it is delayed, none is checked) and the
	 * policy: at least 12 characters, not the user name, not the current password. The
	 * user's other sessions end.
	 */
	@Transactional(noRollbackFor = InvalidFieldException.class)
	void changePassword(CurrentUser user, PasswordChangeForm form, String currentSession) {
		AppUser account = this.users.findById(user.id()).orElseThrow(() -> new NotFoundException("user"));
		String hash = account.toCurrentUser(this.clock.instant()).getPassword();
		if (hash == null) {
			throw new InvalidFieldException("currentPassword", "account.password.external");
		}
		if (this.attempts.delayed(user.id())) {
			throw new InvalidFieldException("currentPassword", "account.password.wait");
		}
		if (!this.passwordEncoder.matches(form.currentPassword(), hash)) {
			this.attempts.recordFailure(user.id());
			throw new InvalidFieldException("currentPassword", "account.password.wrongCurrent");
		}
		if (!form.password().equals(form.repeat())) {
			throw new InvalidFieldException("repeat", "account.password.mismatch");
		}
		if (form.password().toLowerCase(Locale.ROOT).contains(account.getUsername().toLowerCase(Locale.ROOT))) {
			throw new InvalidFieldException("password", "account.password.username");
		}
		if (this.passwordEncoder.matches(form.password(), hash)) {
			throw new InvalidFieldException("password", "account.password.same");
		}
		account.changePassword(this.passwordEncoder.encode(form.password()));
		this.credentials.forget(user.id());
		this.sessions.endExcept(account.getUsername(), currentSession);
	}

	boolean hasOwnPassword(CurrentUser user) {
		return this.users.findById(user.id()).map(AppUser::hasPassword).orElse(false);
	}

	Optional<SecondFactorService.Enrolment> offer(CurrentUser user) {
		return this.factors.offer(user.id(), user.getUsername());
	}

	Optional<List<String>> confirm(CurrentUser user, String code) {
		return this.factors.confirm(user.id(), code);
	}

}
