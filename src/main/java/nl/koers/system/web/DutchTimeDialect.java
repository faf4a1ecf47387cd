package nl.koers.system.web;

import java.util.Set;

import nl.koers.system.DutchTime;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

import org.springframework.stereotype.Component;

/**
 * {@code #temporals} in every template in Dutch time: an {@link java.time.Instant} is
 * shown as the wall-clock time in Europe/Amsterdam at that moment (summer and winter time
 * included), not in the zone of the JVM. Thymeleaf asks the dialect added last for an
 * expression object first, so this one replaces the standard dialect's
 * {@code #temporals}.
 */
@Component
class DutchTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String TEMPORALS = "temporals";

	DutchTimeDialect() {
		super("koers-dutch-time");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(TEMPORALS);
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return TEMPORALS.equals(name) ? new Temporals(context.getLocale(), DutchTime.ZONE) : null;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
