package nl.koers.system;

import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which municipality's rows the database shows the work on this thread (row-level
 * security, V73): a signed-in user's or system's own municipality; a thread without one
 * (start-up, scheduled jobs, module events, sign-in itself) and work that is explicitly
 * marked as {@link #acrossMunicipalities(String, Supplier) across municipalities} see
 * every municipality. {@link TenantScopedDataSource} hands the scope to every connection
 * it gives out.
 */
public final class TenantScope {

	/**
	 * The scope that shows every municipality.
	 */
	static final String ALL = "all";

	private static final Logger log = LoggerFactory.getLogger(TenantScope.class);

	private static final ThreadLocal<String> ACROSS = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

	private TenantScope() {
	}

	/**
	 * Runs work that must see more than the user's own municipality (a retention run
	 * removes the access log of every municipality), with a reason that is logged.
	 * Connections taken inside get the scope of every municipality.
	 */
	public static <T> T acrossMunicipalities(String why, Supplier<T> work) {
		String outer = ACROSS.get();
		ACROSS.set(why);
		log.info("database scope: every municipality ({})", why);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				ACROSS.remove();
			}
			else {
				ACROSS.set(outer);
			}
		}
	}

	/**
	 * {@link #acrossMunicipalities(String, Supplier)} for work without a result.
	 */
	public static void acrossMunicipalities(String why, Runnable work) {
		acrossMunicipalities(why, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * The scope of a connection taken now: a municipality's id, or {@link #ALL}.
	 */
	static String current() {
		if (ACROSS.get() != null || RESOLVING.get() != null) {
			return ALL;
		}
		// the request's security context may load lazily from the session, which is read
		// from the database: that read, without a user yet, sees every municipality
		RESOLVING.set(Boolean.TRUE);
		try {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof Member member
					&& member.municipalityId() != null) {
				return member.municipalityId().toString();
			}
			return ALL;
		}
		finally {
			RESOLVING.remove();
		}
	}

	/**
	 * A principal that belongs to one municipality (identity's {@code CurrentUser}).
	 */
	public interface Member {

		UUID municipalityId();

	}

}
