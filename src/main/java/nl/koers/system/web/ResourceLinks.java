package nl.koers.system.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Thymeleaf's link builder hands every link, not
 * only those to static files, to Spring's resource URL encoding filter, which looks each
 * one up in every jar of the class path: measured, 40 % of a page's CPU. Koers's links to
 * static files carry no version to rewrite (WebJars are found when they are requested,
 * without a version in the path), so the filter stays off (Spring Boot registers it only
 * when no registration of it exists).
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
