package nl.koers.system;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether this start is a demo: by default only when no external database is configured
 * (Koers then starts its own embedded server); {@code koers.demo.enabled} decides either
 * way. Without the demo, Koers runs as in production and checks its settings at start
 * ({@code StartupCheck}).
 */
public final class DemoMode {

	private DemoMode() {
	}

	public static boolean enabled(Environment environment) {
		String explicit = environment.getProperty("koers.demo.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit);
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
