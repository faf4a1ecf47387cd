package nl.koers.system.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first: the UI speaks Dutch unless the user picks English, which a cookie
 * remembers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("koers-lang");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new FormErrorsKept());
	}

	/**
	 * Money travels as a decimal string in euros ({@code "5355.00"}), as the API contract
	 * says, so no client rounds it through a binary floating point number.
	 */
	@Bean
	JsonMapperBuilderCustomizer moneyAsString() {
		return builder -> builder.withConfigOverride(BigDecimal.class,
				override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
	}

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Amsterdam"));
	}

	/**
	 * {@code @Past} and {@code @PastOrPresent} compare with the Dutch date too, not with
	 * the machine's zone (a date entered as today was "in the future" from 23:00 UTC).
	 */
	@Bean
	ValidationConfigurationCustomizer dutchValidationClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

}
