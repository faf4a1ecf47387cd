package nl.koers.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link TenantScopedDataSource} in front of the application's data source, after
 * any other wrapping (the pool must be behind it, so that the scope is set on every
 * hand-out, not once per physical connection).
 */
@Configuration(proxyBeanMethods = false)
class TenantScopeConfiguration {

	@Bean
	static BeanPostProcessor tenantScopedDataSource() {
		return new ScopingPostProcessor();
	}

	static final class ScopingPostProcessor implements BeanPostProcessor, Ordered {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource dataSource && !(bean instanceof TenantScopedDataSource)
					&& "dataSource".equals(beanName)) {
				return new TenantScopedDataSource(dataSource);
			}
			return bean;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
