package nl.koers.letter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A municipality's letter settings, when it has its own: the letterhead with its logo,
 * the version, and the text blocks it worded itself.
 */
@Repository
class LetterheadStore {

	private final JdbcClient jdbc;

	LetterheadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Letterhead> find(UUID municipalityId, String municipality) {
		return stored(municipalityId, municipality).map(Stored::letterhead);
	}

	/**
	 * The settings as stored, with their version and who saved them last.
	 */
	Optional<Stored> stored(UUID municipalityId, String municipality) {
		return this.jdbc.sql("""
				select printed_name, department, address_lines, contact_phone, email, website, signatory_name,
				    signatory_title, objection_address, logo, logo_media_type, logo_width, logo_height,
				    updated_by_name, updated_at, version
				from letter_settings where municipality_id = ?""")
			.param(municipalityId)
			.query((row, number) -> new Stored(letterhead(row, municipality), row.getLong("version"),
					row.getString("updated_by_name"), row.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	private static Letterhead letterhead(ResultSet row, String municipality) throws SQLException {
		String printed = row.getString("printed_name");
		String lines = row.getString("address_lines");
		byte[] logo = row.getBytes("logo");
		return new Letterhead(municipality, printed == null ? "Gemeente " + municipality : printed,
				row.getString("department"),
				lines == null || lines.isBlank() ? List.of() : Arrays.asList(lines.split("\n")),
				row.getString("contact_phone"), row.getString("email"), row.getString("website"),
				row.getString("signatory_name"), row.getString("signatory_title"), row.getString("objection_address"),
				logo == null ? null : new Logo(logo, row.getString("logo_media_type"), row.getInt("logo_width"),
						row.getInt("logo_height")));
	}

	/**
	 * Writes the settings if they still have the version the administrator read (0: none
	 * stored yet); false when someone else saved in between.
	 */
	boolean save(UUID municipalityId, Letterhead letterhead, long version, String byName, Instant now) {
		Logo logo = letterhead.logo();
		Object[] values = { letterhead.printedName(), letterhead.department(), letterhead.addressText(),
				letterhead.contactPhone(), letterhead.email(), letterhead.website(), letterhead.signatoryName(),
				letterhead.signatoryTitle(), letterhead.objectionAddress(), logo == null ? null : logo.content(),
				logo == null ? null : logo.mediaType(), logo == null ? null : logo.width(),
				logo == null ? null : logo.height(), byName, Timestamp.from(now) };
		if (version == 0) {
			return this.jdbc.sql("""
					insert into letter_settings (printed_name, department, address_lines, contact_phone, email,
					    website, signatory_name, signatory_title, objection_address, logo, logo_media_type, logo_width,
					    logo_height, updated_by_name, updated_at, municipality_id, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
					on conflict (municipality_id) do nothing""").params(append(values, municipalityId)).update() == 1;
		}
		return this.jdbc.sql("""
				update letter_settings set printed_name = ?, department = ?, address_lines = ?, contact_phone = ?,
				    email = ?, website = ?, signatory_name = ?, signatory_title = ?, objection_address = ?, logo = ?,
				    logo_media_type = ?, logo_width = ?, logo_height = ?, updated_by_name = ?, updated_at = ?,
				    version = version + 1
				where municipality_id = ? and version = ?""")
			.params(append(append(values, municipalityId), version))
			.update() == 1;
	}

	/**
	 * Moves the settings to a next version if they still have this one (for a change of
	 * the text blocks alone).
	 */
	boolean bump(UUID municipalityId, long version, String byName, Instant now) {
		return this.jdbc.sql("""
				update letter_settings set version = version + 1, updated_by_name = ?, updated_at = ?
				where municipality_id = ? and version = ?""")
			.params(byName, Timestamp.from(now), municipalityId, version)
			.update() == 1;
	}

	Map<TextBlock, String> texts(UUID municipalityId) {
		Map<TextBlock, String> texts = new EnumMap<>(TextBlock.class);
		this.jdbc.sql("select block, text from letter_text_block where municipality_id = ?")
			.param(municipalityId)
			.query((row, number) -> texts.put(TextBlock.valueOf(row.getString("block")), row.getString("text")))
			.list();
		return texts;
	}

	/**
	 * Replaces the municipality's own text blocks by these (none: every block its
	 * default).
	 */
	void replaceTexts(UUID municipalityId, Map<TextBlock, String> texts) {
		this.jdbc.sql("delete from letter_text_block where municipality_id = ?").param(municipalityId).update();
		texts.forEach((block, text) -> this.jdbc
			.sql("insert into letter_text_block (municipality_id, block, text) values (?, ?, ?)")
			.params(municipalityId, block.name(), text)
			.update());
	}

	private static Object[] append(Object[] values, Object value) {
		Object[] all = Arrays.copyOf(values, values.length + 1);
		all[values.length] = value;
		return all;
	}

	/**
	 * The stored settings: the letterhead, the version, who saved them last and when.
	 */
	record Stored(Letterhead letterhead, long version, String updatedByName, Instant updatedAt) {
	}

}
