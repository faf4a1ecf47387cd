package nl.koers.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Settings of the demo, which differ from Koers' own {@code application.properties}: the
 * API takes HTTP Basic with the demo passwords, so that the demo can be tried with curl,
 * and the log is plain text, since someone is reading the console (not JSON for a log
 * collector). They sit above the packaged properties and below everything an operator
 * sets (an external file, the environment, the command line), which still decides.
 */
class DemoDefaults implements EnvironmentPostProcessor {

	static final String BASIC_AUTH = "koers.api.basic-auth.enabled";

	static final String LOG_FORMAT = "logging.structured.format.console";

	private static final String PACKAGED = "classpath:/";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!DemoEnabledCondition.enabled(environment)) {
			return;
		}
		MutablePropertySources sources = environment.getPropertySources();
		PropertySource<?> demo = new MapPropertySource("demoDefaults", Map.of(BASIC_AUTH, "true", LOG_FORMAT, ""));
		sources.stream()
			.filter(source -> source.getName().contains(PACKAGED))
			.findFirst()
			.ifPresentOrElse(packaged -> sources.addBefore(packaged.getName(), demo), () -> sources.addLast(demo));
	}

}
