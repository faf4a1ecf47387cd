package nl.koers.system.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts a one-time token into every form that posts ({@value #PARAMETER}, a hidden field
 * next to Spring Security's CSRF token), so that a double click on a form runs it once
 * ({@link FormTokenFilter}). Thymeleaf asks the one {@link RequestDataValueProcessor}
 * bean, named {@value #BEAN}, for the hidden fields of every {@code th:action} form;
 * Spring Security registers its CSRF processor under that name, and {@link Installer}
 * wraps it, so both fields are added and no template changes.
 */
class FormTokenFields implements RequestDataValueProcessor {

	static final String PARAMETER = "_formToken";

	/**
	 * The header an htmx request carries the token of its form in ({@code koers.js}).
	 */
	static final String HEADER = "X-Form-Token";

	static final String BEAN = "requestDataValueProcessor";

	/**
	 * The request attribute with the method of the form being rendered: the hidden fields
	 * are asked for after the action.
	 */
	private static final String METHOD = FormTokenFields.class.getName() + ".method";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RequestDataValueProcessor csrf;

	FormTokenFields(RequestDataValueProcessor csrf) {
		this.csrf = csrf;
	}

	static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		request.setAttribute(METHOD, httpMethod);
		return this.csrf.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return this.csrf.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> csrfFields = this.csrf.getExtraHiddenFields(request);
		if (csrfFields != null) {
			fields.putAll(csrfFields);
		}
		if ("post".equalsIgnoreCase((String) request.getAttribute(METHOD))) {
			fields.put(PARAMETER, newToken());
		}
		request.removeAttribute(METHOD);
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return this.csrf.processUrl(request, url);
	}

	/**
	 * Wraps the {@value #BEAN} bean (Spring Security's CSRF fields) so that forms get the
	 * one-time token too; a bean post-processor rather than a second bean of that name,
	 * which Spring Boot does not allow to override.
	 */
	@Component
	static class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (BEAN.equals(beanName) && bean instanceof RequestDataValueProcessor processor
					&& !(bean instanceof FormTokenFields)) {
				return new FormTokenFields(processor);
			}
			return bean;
		}

	}

}
