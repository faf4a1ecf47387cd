package nl.koers.demo;

import nl.koers.system.DemoMode;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

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
		return DemoMode.enabled(environment);
	}

}
