package nl.koers.system;

import java.util.List;

import nl.koers.KoersApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without the demo, Koers refuses to start with HTTP Basic on the API or without knowing
 * that its users come over HTTPS, unless the operator accepts the risk by name; with the
 * demo it starts as always.
 */
class StartupCheckTests {

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example.nl/koers")
			.withProperty("server.forward-headers-strategy", "native");
	}

	@Test
	void productionBehindAProxyWithoutBasicAuthStarts() {
		assertThat(StartupCheck.risks(production())).isEmpty();
	}

	@Test
	void basicAuthWithoutTheDemoIsRefused() {
		MockEnvironment environment = production().withProperty("koers.api.basic-auth.enabled", "true");

		assertThat(StartupCheck.risks(environment)).containsExactly(StartupCheck.BASIC_AUTH);
		assertThat(StartupCheck.BASIC_AUTH.explain()).contains("koers.api.basic-auth.enabled=true",
				"koers.startup-check.accept-risks");
	}

	@Test
	void withoutForwardedHeadersOrACertificateKoersRefusesPlainHttp() {
		MockEnvironment environment = production().withProperty("server.forward-headers-strategy", "none");

		assertThat(StartupCheck.risks(environment)).containsExactly(StartupCheck.PLAIN_HTTP);
		assertThat(StartupCheck.PLAIN_HTTP.explain()).contains("server.forward-headers-strategy=native", "server.ssl");
	}

	@Test
	void aCertificateOrACloudPlatformsIngressIsEnoughForHttps() {
		MockEnvironment withoutProxy = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql:x");

		assertThat(StartupCheck.risks(withoutProxy)).containsExactly(StartupCheck.PLAIN_HTTP);
		assertThat(StartupCheck.risks(withoutProxy.withProperty("server.ssl.bundle", "koers"))).isEmpty();
		assertThat(StartupCheck.risks(withoutProxy.withProperty("server.ssl.enabled", "false")))
			.containsExactly(StartupCheck.PLAIN_HTTP);
		assertThat(StartupCheck.risks(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql:x")
			.withProperty("spring.main.cloud-platform", "kubernetes"))).isEmpty();
	}

	@Test
	void anAcceptedRiskNoLongerStopsTheStart() {
		MockEnvironment environment = production().withProperty("server.forward-headers-strategy", "none")
			.withProperty("koers.api.basic-auth.enabled", "true")
			.withProperty(StartupRisk.ACCEPT_PROPERTY, "plain-http");

		assertThat(StartupCheck.risks(environment)).containsExactly(StartupCheck.BASIC_AUTH);
		environment.setProperty(StartupRisk.ACCEPT_PROPERTY, "plain-http, basic-auth");
		assertThat(StartupCheck.risks(environment)).isEmpty();
	}

	@Test
	void theDemoIsNotChecked() {
		MockEnvironment embedded = new MockEnvironment().withProperty("koers.api.basic-auth.enabled", "true");
		MockEnvironment demoOnExternalDatabase = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql:x")
			.withProperty("koers.demo.enabled", "true");
		MockEnvironment embeddedWithoutDemo = new MockEnvironment().withProperty("koers.demo.enabled", "false");

		assertThat(StartupCheck.risks(embedded)).isEmpty();
		assertThat(StartupCheck.risks(demoOnExternalDatabase)).isEmpty();
		assertThat(StartupCheck.risks(embeddedWithoutDemo)).containsExactly(StartupCheck.PLAIN_HTTP);
	}

	@Test
	void koersStopsBeforeItStartsAnythingAndSaysWhatToDo() {
		SpringApplicationBuilder koers = new SpringApplicationBuilder(KoersApplication.class);

		assertThatThrownBy(() -> koers.run("--spring.datasource.url=jdbc:postgresql://localhost:1/none",
				"--koers.api.basic-auth.enabled=true", "--server.port=0", "--" + StartupRisk.ACCEPT_PROPERTY + "="))
			.isInstanceOfSatisfying(UnsafeSettingsException.class, refused -> assertThat(refused.risks())
				.containsExactly(StartupCheck.BASIC_AUTH, StartupCheck.PLAIN_HTTP));
	}

	@Test
	void theFailureReportNamesEachRiskAndTheOverride() {
		UnsafeSettingsException refused = new UnsafeSettingsException(
				List.of(StartupCheck.BASIC_AUTH, StartupCheck.PLAIN_HTTP));

		FailureAnalysis analysis = new UnsafeSettingsFailureAnalyzer().analyze(refused);

		assertThat(analysis.getDescription()).contains("[basic-auth] koers.api.basic-auth.enabled=true",
				"[plain-http] Neither server.forward-headers-strategy");
		assertThat(analysis.getAction()).contains("X-Forwarded-Proto", "koers.startup-check.accept-risks=basic-auth");
	}

}
