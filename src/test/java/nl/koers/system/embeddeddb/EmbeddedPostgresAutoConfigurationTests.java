package nl.koers.system.embeddeddb;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar built with {@code -Pexternal-database} lacks the zonky classes and binaries;
 * the auto-configuration then steps aside instead of failing the start.
 */
class EmbeddedPostgresAutoConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class));

	@Test
	void startsTheEmbeddedServerWhenItsClassesArePresent() {
		// an empty URL: CI's second run sets SPRING_DATASOURCE_URL in the environment
		this.runner.withPropertyValues("koers.embedded-database.directory=" + this.directory, "spring.datasource.url=")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(EmbeddedPostgresServer.class);
				assertThat(context).hasSingleBean(JdbcConnectionDetails.class);
			});
	}

	@Test
	void startsNothingWhenTheZonkyClassesAreMissing() {
		this.runner.withClassLoader(new FilteredClassLoader("io.zonky.test"))
			.withPropertyValues("koers.embedded-database.directory=" + this.directory)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
				assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class);
			});
	}

}
