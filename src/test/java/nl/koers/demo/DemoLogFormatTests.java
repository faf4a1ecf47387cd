package nl.koers.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo logs plain text for the person at the console; production JSON; an operator's
 * own setting always decides.
 */
class DemoLogFormatTests {

	private static final String PACKAGED = "Config resource 'class path resource [application.properties]' "
			+ "via location 'optional:classpath:/'";

	@Test
	void theDemoLogsPlainText() {
		assertThat(format(Map.of())).isEmpty();
	}

	@Test
	void withAnExternalDatabaseTheLogIsJson() {
		assertThat(format(Map.of("spring.datasource.url", "jdbc:postgresql://db/koers"))).isEqualTo("ecs");
	}

	@Test
	void theOperatorsSettingDecides() {
		assertThat(format(Map.of("logging.structured.format.console", "logstash"))).isEqualTo("logstash");
	}

	private static String format(Map<String, Object> operator) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource(PACKAGED, Map.of(DemoLogFormat.PROPERTY, "ecs")));
		environment.getPropertySources().addFirst(new MapPropertySource("operator", operator));
		new DemoLogFormat().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(DemoLogFormat.PROPERTY);
	}

}
