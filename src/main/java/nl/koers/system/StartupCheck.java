package nl.koers.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Stops a production start (one without the demo, see {@link DemoMode}) on settings that
 * expose personal data, before any bean is made: HTTP Basic on the API, and a Koers that
 * cannot tell that its users reach it over HTTPS. Each stop names the setting, why, what
 * to do, and the risk's name for {@value StartupRisk#ACCEPT_PROPERTY}, which lets an
 * operator start anyway.
 */
@Component
class StartupCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	static final StartupRisk BASIC_AUTH = new StartupRisk("basic-auth",
			"koers.api.basic-auth.enabled=true without the demo data: the API then takes a user's password"
					+ " on every request, without a second factor; it is meant for development and the demo.",
			"Connect systems with a client id and secret of their own (see Connecting a system in the README)"
					+ " and leave the setting out.");

	static final StartupRisk PLAIN_HTTP = new StartupRisk("plain-http",
			"Neither server.forward-headers-strategy nor a certificate (server.ssl.*) is set, so Koers cannot"
					+ " tell that its users reach it over HTTPS: its session cookie goes without Secure, it sends no"
					+ " Strict-Transport-Security, and its redirects (also the return address of single sign-on)"
					+ " say http.",
			"Terminate TLS at the reverse proxy, let it send X-Forwarded-For, X-Forwarded-Proto and"
					+ " X-Forwarded-Host, and set server.forward-headers-strategy=native; or give Koers a"
					+ " certificate (server.ssl.bundle).");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<StartupRisk> risks = risks(this.environment);
		if (!risks.isEmpty()) {
			throw new UnsafeSettingsException(risks);
		}
	}

	/**
	 * The risks these settings run and the operator has not accepted; none in the demo.
	 */
	static List<StartupRisk> risks(Environment environment) {
		List<StartupRisk> risks = new ArrayList<>();
		if (DemoMode.enabled(environment)) {
			return risks;
		}
		if (environment.getProperty("koers.api.basic-auth.enabled", Boolean.class, false)) {
			risks.add(BASIC_AUTH);
		}
		if (!readsForwardedHeaders(environment) && !hasCertificate(environment)) {
			risks.add(PLAIN_HTTP);
		}
		risks.removeIf(risk -> risk.acceptedIn(environment));
		return risks;
	}

	/**
	 * As Spring Boot decides it: the setting, or else a cloud platform (such as
	 * Kubernetes) whose ingress sends them.
	 */
	private static boolean readsForwardedHeaders(Environment environment) {
		String strategy = environment.getProperty("server.forward-headers-strategy");
		if (StringUtils.hasText(strategy)) {
			return !strategy.trim().equalsIgnoreCase("none");
		}
		CloudPlatform platform = CloudPlatform.getActive(environment);
		return platform != null && platform.isUsingForwardHeaders();
	}

	private static boolean hasCertificate(Environment environment) {
		boolean configured = StringUtils.hasText(environment.getProperty("server.ssl.bundle"))
				|| StringUtils.hasText(environment.getProperty("server.ssl.key-store"))
				|| StringUtils.hasText(environment.getProperty("server.ssl.certificate"));
		return configured && environment.getProperty("server.ssl.enabled", Boolean.class, true);
	}

}
