package nl.koers.letter;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A municipality's letterhead, when it has one of its own.
 */
@Repository
class LetterheadStore {

	private final JdbcClient jdbc;

	LetterheadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Letterhead> find(UUID municipalityId, String municipality) {
		return this.jdbc
			.sql("select department, signatory_name, signatory_title, objection_address, contact_phone "
					+ "from letter_settings where municipality_id = ?")
			.param(municipalityId)
			.query((row, number) -> new Letterhead(municipality, row.getString("department"),
					row.getString("signatory_name"), row.getString("signatory_title"),
					row.getString("objection_address"), row.getString("contact_phone")))
			.optional();
	}

}
