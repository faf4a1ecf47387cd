package nl.koers.system.web;

import java.sql.SQLException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database error that no handler took (a page's 500) reaches the container without the
 * driver's message, which may repeat the refused row; the log names the SQL state, the
 * constraint and where in Koers it happened.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableFilterTests {

	@Test
	void anotherDatabaseErrorGoesOnWithoutTheValues(CapturedOutput output) {
		DatabaseUnavailable filter = new DatabaseUnavailable(null, null, null, null);
		SQLException check = new SQLException("""
				ERROR: new row for relation "client" violates check constraint "client_without_benefit_check"
				  Detail: Failing row contains (123456782, Jan, Quaadvliet, Kromme Elleboog).""", "23514");

		Throwable thrown = catchThrowable(() -> filter.doFilter(new MockHttpServletRequest("POST", "/clients/new"),
				new MockHttpServletResponse(), (request, response) -> {
					throw new DataIntegrityViolationException("could not execute statement", check);
				}));

		assertThat(thrown).isInstanceOf(ServletException.class)
			.hasMessage("Unexpected database error: SQL state 23514, constraint client_without_benefit_check")
			.hasNoCause();
		assertThat(output.getAll()).contains("Unexpected database error: SQL state 23514")
			.contains("DatabaseUnavailableFilterTests")
			.doesNotContain("123456782", "Quaadvliet", "Kromme Elleboog");
	}

	@Test
	void anErrorNotFromTheDatabaseGoesOnUnchanged() {
		DatabaseUnavailable filter = new DatabaseUnavailable(null, null, null, null);
		IllegalStateException failure = new IllegalStateException("a fault of Koers");

		Throwable thrown = catchThrowable(() -> filter.doFilter(new MockHttpServletRequest("GET", "/clients"),
				new MockHttpServletResponse(), (request, response) -> {
					throw failure;
				}));

		assertThat(thrown).isSameAs(failure);
	}

}
