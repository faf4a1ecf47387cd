package nl.koers.system.web;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * JSON is {@code application/json} (and problem details {@code application/problem+json},
 * and the actuator's JSON) only: Jackson would otherwise answer any
 * {@code application/*+json} such as {@code application/hal+json} with plain JSON, which
 * is not what was asked for. A client that accepts none of the served media types gets
 * 406.
 */
@Configuration(proxyBeanMethods = false)
class ApiMediaTypes {

	/**
	 * JSON, problem details, and the actuator's own JSON (health checks of load balancers
	 * ask for it).
	 */
	static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
			MediaType.parseMediaType("application/vnd.spring-boot.actuator.v3+json"),
			MediaType.parseMediaType("application/vnd.spring-boot.actuator.v2+json"));

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServerHttpMessageConvertersCustomizer plainJsonOnly(JsonMapper jsonMapper) {
		return builder -> {
			JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(jsonMapper);
			converter.setSupportedMediaTypes(JSON);
			builder.withJsonConverter(converter);
		};
	}

}
