package nl.koers.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * With the demo data, someone is reading the console: plain text lines instead of the
 * JSON that Koers' own {@code application.properties} asks for (for a log collector).
 * Like {@link DemoBasicAuth}: above the packaged properties, below everything an operator
 * sets, which still decides.
 */
class DemoLogFormat implements EnvironmentPostProcessor {

	static final String PROPERTY = "logging.structured.format.console";

	private static final String PACKAGED = "classpath:/";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!DemoEnabledCondition.enabled(environment)) {
			return;
		}
		MutablePropertySources sources = environment.getPropertySources();
		PropertySource<?> plain = new MapPropertySource("demoLogFormat", Map.of(PROPERTY, ""));
		sources.stream()
			.filter(source -> source.getName().contains(PACKAGED) && source.containsProperty(PROPERTY))
			.findFirst()
			.ifPresent(packaged -> sources.addBefore(packaged.getName(), plain));
	}

}
