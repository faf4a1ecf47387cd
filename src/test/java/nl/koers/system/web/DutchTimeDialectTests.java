package nl.koers.system.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every time on screen is Dutch time: {@code #temporals} shows an instant in July in
 * summer time (+02:00) and one in January in winter time (+01:00), whatever the zone of
 * the JVM, and the application's template engine uses it.
 */
@KoersTest
class DutchTimeDialectTests {

	@Autowired
	SpringTemplateEngine applicationEngine;

	@Autowired
	DutchTimeDialect dialect;

	@Test
	void theTemplatesOfTheApplicationUseIt() {
		assertThat(this.applicationEngine.getDialects()).contains(this.dialect);
	}

	@Test
	void instantsAreShownInDutchSummerAndWinterTime() {
		assertThat(render("2026-07-01T08:15:00Z")).isEqualTo("01-07-2026 10:15");
		assertThat(render("2026-01-15T08:15:00Z")).isEqualTo("15-01-2026 09:15");
		// the night of 25 October: 00:30 UTC is 02:30 summer time, 01:30 UTC 02:30 winter
		// time
		assertThat(render("2026-10-25T00:30:00Z")).isEqualTo("25-10-2026 02:30");
		assertThat(render("2026-10-25T01:30:00Z")).isEqualTo("25-10-2026 02:30");
		// a late evening in UTC is the next day in the Netherlands
		assertThat(render("2026-03-28T23:30:00Z")).isEqualTo("29-03-2026 00:30");
		assertThat(render("2026-03-29T01:30:00Z")).isEqualTo("29-03-2026 03:30");
	}

	@Test
	void aWallClockTimeIsShownAsItIs() {
		SpringTemplateEngine engine = engine();
		Context context = new Context(Locale.forLanguageTag("nl"),
				Map.of("at", LocalDateTime.parse("2026-07-01T10:15")));
		assertThat(engine.process("[[${#temporals.format(at, 'dd-MM-yyyy HH:mm')}]]", context))
			.isEqualTo("01-07-2026 10:15");
	}

	private String render(String instant) {
		Context context = new Context(Locale.forLanguageTag("nl"), Map.of("at", Instant.parse(instant)));
		return engine().process("[[${#temporals.format(at, 'dd-MM-yyyy HH:mm')}]]", context);
	}

	/**
	 * An engine like the application's (the standard dialect first, this one added), on
	 * template text.
	 */
	private SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode("TEXT");
		engine.setTemplateResolver(resolver);
		engine.addDialect(this.dialect);
		return engine;
	}

}
