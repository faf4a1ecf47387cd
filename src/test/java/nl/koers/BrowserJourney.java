package nl.koers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A user journey in Debian's Chromium against the whole application on a random port,
 * with a throw-away embedded PostgreSQL. The test class's {@code static Browser} field is
 * filled and pointed at the server before each test (see {@link BrowserExtension}); the
 * journey is skipped where Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=false" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import({ Fixtures.class, PooledTestDataSource.class })
@ExtendWith(BrowserExtension.class)
public @interface BrowserJourney {

}
