package nl.koers.system;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a keyset-paged list: the items and an opaque cursor for the next page,
 * absent on the last page.
 */
public record CursorPage<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

	public <R> CursorPage<R> map(Function<T, R> mapper) {
		return new CursorPage<>(this.items.stream().map(mapper).toList(), this.next);
	}

	public boolean hasNext() {
		return this.next != null;
	}

}
