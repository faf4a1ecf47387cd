package nl.koers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.system.DatabaseOutage;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;

/**
 * A test of the whole application against PostgreSQL: by default a throw-away embedded
 * server shared by all tests (never the developer's own data folder); with
 * {@code ZONKY_TEST_DATABASE_REPLACE=NONE} and {@code SPRING_DATASOURCE_URL} set, an
 * external server. Tests make their own municipality through {@link Fixtures}, so they
 * never depend on each other's data. A test method may take Modulith's {@code Scenario}
 * to publish or await module events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=false" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@AutoConfigureMockMvc
@Import({ Fixtures.class, PooledTestDataSource.class, DatabaseOutage.class })
@EnableScenarios
public @interface KoersTest {

}
