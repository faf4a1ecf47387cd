package nl.koers.demo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo data belongs to the embedded database a newcomer starts with: it loads by default
 * only when no external database is configured. {@code koers.demo.enabled} overrides
 * either way.
 */
class DemoEnabledCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		return enabled(environment) ? ConditionOutcome.match("demo data enabled")
				: ConditionOutcome.noMatch("koers.demo.enabled=false or an external database is configured");
	}

	static boolean enabled(Environment environment) {
		String explicit = environment.getProperty("koers.demo.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit);
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
