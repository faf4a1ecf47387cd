package nl.koers.system.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * When a key is freed: only when the request failed, never when it was processed and only
 * keeping its answer failed (a retry would then run the change twice).
 */
class IdempotencyFilterTests {

	private final IdempotencyStore store = mock(IdempotencyStore.class);

	private final IdempotencyFilter filter = new IdempotencyFilter(this.store, new StaticMessageSource(),
			new FixedLocaleResolver(), JsonMapper.builder().build(), Clock.systemUTC());

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/clients");

	@BeforeEach
	void signedIn() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("consulent", "", "ROLE_X"));
		this.request.addHeader(IdempotencyFilter.HEADER, "key-1");
		this.request.setContent("{}".getBytes());
		when(this.store.claim(eq("consulent"), eq("key-1"), any(), any(), any())).thenReturn(Optional.empty());
	}

	@AfterEach
	void signedOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aProcessedRequestWhoseAnswerCannotBeKeptKeepsItsKey() {
		doThrow(new DataAccessResourceFailureException("gone")).when(this.store)
			.answered(eq("consulent"), eq("key-1"), anyInt(), any(), any(), any());

		assertThatThrownBy(() -> this.filter.doFilter(this.request, new MockHttpServletResponse(),
				answering(HttpServletResponse.SC_CREATED)))
			.isInstanceOf(DataAccessResourceFailureException.class);
		verify(this.store, never()).release(any(), any());
	}

	@Test
	void aRequestThatFailedFreesItsKey() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(this.request, response, answering(HttpServletResponse.SC_SERVICE_UNAVAILABLE));

		assertThat(response.getStatus()).isEqualTo(503);
		verify(this.store).release("consulent", "key-1");
	}

	@Test
	void aRequestThatThrewFreesItsKeyAndKeepsItsOwnFailure() {
		doThrow(new DataAccessResourceFailureException("also gone")).when(this.store).release("consulent", "key-1");
		FilterChain throwing = (request, response) -> {
			throw new IllegalStateException("the request's own failure");
		};

		assertThatThrownBy(() -> this.filter.doFilter(this.request, new MockHttpServletResponse(), throwing))
			.hasMessage("the request's own failure")
			.satisfies(ex -> assertThat(ex.getSuppressed()).hasSize(1));
	}

	private static FilterChain answering(int status) {
		return (request, response) -> {
			((HttpServletResponse) response).setStatus(status);
			response.getWriter().write("{}");
		};
	}

}
