package nl.koers;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The embedded test database hands out a new connection for every request, which costs
 * tens of milliseconds each; a pool in front of it makes the tests behave like the
 * application, which always pools.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PooledTestDataSource {

	@Bean
	static BeanPostProcessor poolEmbeddedTestDatabase() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof HikariDataSource)) {
					HikariConfig config = new HikariConfig();
					config.setDataSource(dataSource);
					config.setPoolName("embedded-test");
					config.setMaximumPoolSize(10);
					return new HikariDataSource(config);
				}
				return bean;
			}
		};
	}

}
