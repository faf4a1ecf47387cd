package nl.koers.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo logs plain text for the person at the console and takes HTTP Basic; production
 * logs JSON without Basic; an operator's own setting always decides.
 */
class DemoDefaultsTests {

	private static final String PACKAGED = "Config resource 'class path resource [application.properties]' "
			+ "via location 'optional:classpath:/'";

	@Test
	void theDemoLogsPlainTextAndTakesHttpBasic() {
		MockEnvironment demo = environment(Map.of());
		assertThat(demo.getProperty(DemoDefaults.LOG_FORMAT)).isEmpty();
		assertThat(demo.getProperty(DemoDefaults.BASIC_AUTH)).isEqualTo("true");
	}

	@Test
	void withAnExternalDatabaseTheLogIsJsonAndBasicIsOff() {
		MockEnvironment production = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/koers"));
		assertThat(production.getProperty(DemoDefaults.LOG_FORMAT)).isEqualTo("ecs");
		assertThat(production.getProperty(DemoDefaults.BASIC_AUTH)).isEqualTo("false");
	}

	@Test
	void theOperatorsSettingDecides() {
		MockEnvironment demo = environment(
				Map.of(DemoDefaults.LOG_FORMAT, "logstash", DemoDefaults.BASIC_AUTH, "false"));
		assertThat(demo.getProperty(DemoDefaults.LOG_FORMAT)).isEqualTo("logstash");
		assertThat(demo.getProperty(DemoDefaults.BASIC_AUTH)).isEqualTo("false");
	}

	/**
	 * Without the machine's own environment variables (CI's second run sets
	 * {@code SPRING_DATASOURCE_URL}).
	 */
	private static MockEnvironment environment(Map<String, Object> operator) {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource(PACKAGED,
					Map.of(DemoDefaults.LOG_FORMAT, "ecs", DemoDefaults.BASIC_AUTH, "false")));
		environment.getPropertySources().addFirst(new MapPropertySource("operator", operator));
		new DemoDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
