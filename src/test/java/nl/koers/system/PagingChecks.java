package nl.koers.system;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import nl.koers.identity.api.CurrentUser;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checks every keyset-paged list of the API passes: pages of {@code limit} items that
 * together are the whole list (no overlap, no gap), {@code next} absent on the last page,
 * and a bad cursor or limit a 400 problem.
 */
public final class PagingChecks {

	private PagingChecks() {
	}

	/**
	 * Reads the list at {@code path} (with its query, if any) in pages of {@code limit}
	 * and checks them against the whole list read at once; returns the ids in order.
	 */
	public static List<String> pagesThrough(MockMvc mvc, CurrentUser caller, String path, int limit, int expectedTotal)
			throws Exception {
		return pages(mvc, caller, path, limit, expectedTotal, "$.items[*].id");
	}

	/**
	 * As {@link #pagesThrough}, for a list whose items have no id: compares whole items.
	 */
	public static List<Object> itemsThrough(MockMvc mvc, CurrentUser caller, String path, int limit, int expectedTotal)
			throws Exception {
		return pages(mvc, caller, path, limit, expectedTotal, "$.items[*]");
	}

	private static <T> List<T> pages(MockMvc mvc, CurrentUser caller, String path, int limit, int expectedTotal,
			String items) throws Exception {
		String whole = mvc.perform(request(path).param("limit", "500").with(user(caller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.next").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<T> all = JsonPath.read(whole, items);
		assertThat(all).hasSize(expectedTotal).doesNotHaveDuplicates();

		List<T> paged = new ArrayList<>();
		String next = null;
		int pages = 0;
		do {
			MockHttpServletRequestBuilder page = request(path).param("limit", String.valueOf(limit));
			if (next != null) {
				page.param("next", next);
			}
			String body = mvc.perform(page.with(user(caller)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<T> ids = JsonPath.read(body, items);
			assertThat(ids).hasSizeLessThanOrEqualTo(limit);
			paged.addAll(ids);
			List<String> nexts = JsonPath.read(body, "$..next");
			next = nexts.isEmpty() ? null : nexts.get(0);
			if (next != null) {
				assertThat(ids).hasSize(limit);
			}
			pages++;
		}
		while (next != null && pages <= expectedTotal);
		assertThat(next).as("the last page has no next").isNull();
		assertThat(pages).isGreaterThan(1);
		assertThat(paged).as("the pages together, without overlap or gap").isEqualTo(all);

		for (String bad : List.of("%%%%", "bm90IGEgY3Vyc29y", "x")) {
			mvc.perform(request(path).param("next", bad).with(user(caller)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		for (String bad : List.of("0", "501", "many")) {
			mvc.perform(request(path).param("limit", bad).with(user(caller))).andExpect(status().isBadRequest());
		}
		return all;
	}

	private static MockHttpServletRequestBuilder request(String path) {
		int query = path.indexOf('?');
		MockHttpServletRequestBuilder request = get(query < 0 ? path : path.substring(0, query));
		if (query >= 0) {
			for (String pair : path.substring(query + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				request.param(parts[0], parts[1]);
			}
		}
		return request;
	}

}
