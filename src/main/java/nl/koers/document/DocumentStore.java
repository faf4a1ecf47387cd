package nl.koers.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.DocumentView;
import nl.koers.identity.api.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents in plain SQL. Lists never read the content; every lookup is bound to a
 * municipality.
 */
@Repository
class DocumentStore {

	private static final String DOCUMENT = "select id, client_id, kind, title, file_name, media_type, size_bytes, "
			+ "sha256, author_name, recorded_at from document where municipality_id = ? ";

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID municipalityId, UUID clientId, Filed filed, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into document (id, municipality_id, client_id, kind, title, file_name, media_type, "
					+ "size_bytes, sha256, content, author_id, author_name, recorded_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, clientId, filed.kind().name(), filed.title(), filed.fileName(),
					filed.type().mediaType(), filed.content().length, filed.sha256(), filed.content(), author.id(),
					author.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	List<DocumentView> forClient(UUID municipalityId, UUID clientId) {
		return this.jdbc.sql(DOCUMENT + "and client_id = ? order by recorded_at desc, id")
			.params(municipalityId, clientId)
			.query(DocumentStore::view)
			.list();
	}

	Optional<DocumentView> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(DOCUMENT + "and id = ?").params(municipalityId, id).query(DocumentStore::view).optional();
	}

	byte[] content(UUID municipalityId, UUID id) {
		return this.jdbc.sql("select content from document where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(byte[].class)
			.single();
	}

	private static DocumentView view(ResultSet row, int number) throws SQLException {
		return new DocumentView(row.getObject("id", UUID.class), row.getObject("client_id", UUID.class),
				DocumentKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("file_name"),
				row.getString("media_type"), row.getInt("size_bytes"), row.getString("sha256"),
				row.getString("author_name"), row.getTimestamp("recorded_at").toInstant());
	}

	/**
	 * A document as it is stored: checked, named and summed.
	 */
	record Filed(DocumentKind kind, String title, String fileName, FileType type, byte[] content, String sha256) {
	}

}
