package nl.koers.system.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: {@code messages} for what is shared, and every module's own
 * {@code i18n/<name>.properties} (with {@code _en}), found on the class path, so that a
 * new module brings its texts without editing a central list.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleMessages {

	static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	public static String[] basenames() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES);
			Stream<String> modules = Arrays.stream(bundles)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.filter(name -> !name.contains("_"))
				.sorted()
				.map(name -> "i18n/" + name);
			return Stream.concat(Stream.of("messages"), modules).distinct().toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the message bundles", ex);
		}
	}

}
