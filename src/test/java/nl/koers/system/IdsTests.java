package nl.koers.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Test
	void idsAreVersionSevenAndSortAsPostgresqlSortsThemInTheOrderTheyWereMade() {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			UUID id = Ids.next();
			assertThat(id.version()).isEqualTo(7);
			made.add(id.toString());
		}
		// PostgreSQL compares uuids byte by byte, which is the order of their text form
		assertThat(made).isSorted().doesNotHaveDuplicates();
	}

}
