package nl.koers.privacy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access request covers every table that holds client data: every table a module
 * declares ({@code ClientRecords}, which {@code ClientRecordsCompletenessTests} checks
 * against the schema) is a section of the export with every column of the table (file
 * contents and the few {@link AccessRequestLabels#EXCLUDED} columns aside), and each
 * section and column has a heading or label in Dutch and English. A new table or a new
 * column without words fails here, with the keys to add.
 */
@KoersTest
class AccessRequestCompletenessTests {

	@Autowired
	List<ClientRecords> records;

	@Autowired
	AccessRequestService service;

	@Autowired
	AccessRequestStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDeclaredTableIsASectionWithEveryColumnAndWordsForEach() throws IOException {
		List<String> declared = this.records.stream()
			.flatMap(module -> module.tables().stream())
			.map(ClientTable::name)
			.toList();
		assertThat(declared).isNotEmpty();
		List<ClientTable> tables = this.service.tables();
		assertThat(tables).extracting(ClientTable::name).containsExactlyInAnyOrderElementsOf(declared);

		UUID nobody = UUID.randomUUID();
		List<AccessRequestSection> sections = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (ClientTable table : tables) {
			AccessRequestSection section = this.store.rows(table, nobody, AccessRequestLabels.EXCLUDED);
			List<String> columns = this.jdbc.sql("""
					select column_name from information_schema.columns
					where table_schema = current_schema() and table_name = ? and data_type <> 'bytea'
					order by ordinal_position""").param(table.name()).query(String.class).list();
			for (String column : columns) {
				if (!AccessRequestLabels.EXCLUDED.contains(table.name() + "." + column)
						&& !section.columns().contains(column)) {
					problems.add("column " + table.name() + "." + column + " is not in the export");
				}
			}
			sections.add(section);
		}
		for (String excluded : AccessRequestLabels.EXCLUDED) {
			String[] parts = excluded.split("\\.");
			assertThat(this.jdbc
				.sql("select count(*) from information_schema.columns where table_schema = current_schema() "
						+ "and table_name = ? and column_name = ?")
				.params(parts[0], parts[1])
				.query(Long.class)
				.single()).as("the excluded column " + excluded + " exists").isOne();
		}
		sections.add(this.store.consents(nobody));
		sections.add(this.store.referrals(nobody));
		sections.add(this.store.institutionReads(nobody));

		for (String bundle : List.of("i18n/accessrequest.properties", "i18n/accessrequest_en.properties")) {
			Properties words = load(bundle);
			for (AccessRequestSection section : sections) {
				if (!words.containsKey("accessRequest.table." + section.key())) {
					problems.add(bundle + ": accessRequest.table." + section.key() + "=");
				}
				for (String column : section.columns()) {
					if (!words.containsKey("accessRequest.column." + section.key() + "." + column)
							&& !words.containsKey("accessRequest.column." + column)) {
						problems.add(bundle + ": accessRequest.column." + section.key() + "." + column + "=");
					}
				}
			}
		}
		assertThat(problems).as("tables and columns without a place or words in the access request").isEmpty();
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
