package nl.koers.system;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a keyset-paged list: the items and an opaque cursor for the next page,
 * absent on the last page.
 */
public record CursorPage<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

	/**
	 * A page of at most {@code limit} items from rows read with {@code limit + 1}: the
	 * extra row means there is a next page, whose cursor holds the keys of this page's
	 * last item.
	 */
	public static <T> CursorPage<T> of(List<T> rows, int limit, Function<T, Cursor> keys) {
		if (rows.size() <= limit) {
			return new CursorPage<>(List.copyOf(rows), null);
		}
		List<T> page = List.copyOf(rows.subList(0, limit));
		return new CursorPage<>(page, keys.apply(page.get(limit - 1)).encode());
	}

	public <R> CursorPage<R> map(Function<T, R> mapper) {
		return new CursorPage<>(this.items.stream().map(mapper).toList(), this.next);
	}

	public boolean hasNext() {
		return this.next != null;
	}

}
