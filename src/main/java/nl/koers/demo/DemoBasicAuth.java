package nl.koers.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * With the demo data, the API takes HTTP Basic with the demo passwords, so that the demo
 * can be tried with curl: this turns {@code koers.api.basic-auth.enabled} on above Koers'
 * own {@code application.properties} (where it is off), and below everything an operator
 * sets (an external file, the environment, the command line), which still decides.
 */
class DemoBasicAuth implements EnvironmentPostProcessor {

	static final String PROPERTY = "koers.api.basic-auth.enabled";

	private static final String PACKAGED = "classpath:/";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!DemoEnabledCondition.enabled(environment)) {
			return;
		}
		MutablePropertySources sources = environment.getPropertySources();
		PropertySource<?> demo = new MapPropertySource("demoBasicAuth", Map.of(PROPERTY, "true"));
		sources.stream()
			.filter(source -> source.getName().contains(PACKAGED) && source.containsProperty(PROPERTY))
			.findFirst()
			.ifPresentOrElse(packaged -> sources.addBefore(packaged.getName(), demo), () -> sources.addLast(demo));
	}

}
