package nl.koers;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Chromium once per journey class (closed with the class), hands it to the class's
 * {@code static Browser} field, and points it at the application's port before each test.
 * Without Chromium the journeys cannot hide: each one is reported as skipped, with a
 * warning on the console, and with {@code CI=true} the class fails instead. A failed
 * journey's message says on which page it failed and what that page showed.
 */
class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, TestExecutionExceptionHandler {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	static final String MISSING = "Debian's chromium and chromium-driver are not installed "
			+ "(apt-get install -y chromium chromium-driver): the browser journeys are not run";

	@Override
	public void beforeAll(ExtensionContext context) throws IllegalAccessException {
		if (!Browser.installed()) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true: " + MISSING);
			}
			System.err.println("\n*** " + context.getRequiredTestClass().getSimpleName() + ": " + MISSING + " ***\n");
			return;
		}
		Browser browser = Browser.start();
		context.getStore(NAMESPACE).put(Browser.class, browser);
		Field field = browserField(context.getRequiredTestClass());
		field.setAccessible(true);
		field.set(null, browser);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Assumptions.assumeTrue(Browser.installed(), MISSING);
		Integer port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		context.getStore(NAMESPACE).get(Browser.class, Browser.class).at(port);
	}

	private static Field browserField(Class<?> testClass) {
		for (Field field : testClass.getDeclaredFields()) {
			if (field.getType() == Browser.class && Modifier.isStatic(field.getModifiers())) {
				return field;
			}
		}
		throw new IllegalStateException(testClass.getSimpleName() + " needs a static Browser field");
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser == null || failure instanceof TestAbortedException) {
			throw failure;
		}
		String message = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
		AssertionError journey = new AssertionError(
				failure.getClass().getSimpleName() + ": " + message + " | " + browser.describe(), failure);
		journey.setStackTrace(failure.getStackTrace());
		throw journey;
	}

}
