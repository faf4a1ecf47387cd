package nl.koers.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SharedClient;
import nl.koers.document.DocumentStore.Filed;
import nl.koers.document.api.DocumentFile;
import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.DocumentView;
import nl.koers.document.api.Documents;
import nl.koers.document.api.NewDocument;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files, lists and reads the documents of a client file. Every call asks the
 * {@link DocumentPolicy} and passes {@link ClientAccess}, which checks the client and
 * writes the access log; reading a document's content is a read of the client like any
 * other.
 */
@Service
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentService implements Documents {

	static final int MAX_TITLE = 200;

	static final String SHARED_CATEGORY = "DOCUMENTS";

	private final DocumentStore store;

	private final ClientAccess access;

	private final DocumentPolicy policy;

	private final DocumentSettings settings;

	private final Clock clock;

	DocumentService(DocumentStore store, ClientAccess access, DocumentPolicy policy, DocumentSettings settings,
			Clock clock) {
		this.store = store;
		this.access = access;
		this.policy = policy;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DocumentView file(CurrentUser user, UUID clientId, NewDocument document) {
		this.policy.requireFile(user);
		Filed filed = check(document);
		ClientRef client = this.access.change(user, clientId);
		UUID id = this.store.insert(client.municipalityId(), client.id(), filed, user, this.clock.instant());
		return this.store.find(client.municipalityId(), id).orElseThrow();
	}

	/**
	 * The client's documents, newest first, and whether the user may file one.
	 */
	@Transactional
	public DocumentPage page(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		return new DocumentPage(client, this.store.forClient(client.municipalityId(), client.id()),
				this.policy.mayFile(user) && this.access.mayChange(user, client),
				this.settings.maxSize().toMegabytes());
	}

	@Override
	@Transactional
	public byte[] content(CurrentUser user, UUID documentId) {
		return document(user, documentId).content();
	}

	/**
	 * A document with its content, after checking that the content is still what was
	 * filed.
	 */
	@Transactional
	public DocumentFile document(CurrentUser user, UUID documentId) {
		this.policy.requireRead(user);
		DocumentView document = this.store.find(user.municipalityId(), documentId)
			.orElseThrow(() -> new NotFoundException("document"));
		this.access.read(user, document.clientId());
		return new DocumentFile(document, checked(document, user.municipalityId()));
	}

	@Override
	@Transactional
	public List<DocumentView> shared(CurrentUser worker, UUID clientId) {
		this.policy.requireReadShared(worker);
		SharedClient client = this.access.readShared(worker, clientId, SHARED_CATEGORY);
		return this.store.forClient(worker.municipalityId(), client.id())
			.stream()
			.filter(document -> document.kind() == DocumentKind.UPLOAD)
			.toList();
	}

	@Override
	@Transactional
	public DocumentFile sharedFile(CurrentUser worker, UUID clientId, UUID documentId) {
		this.policy.requireReadShared(worker);
		SharedClient client = this.access.readShared(worker, clientId, SHARED_CATEGORY);
		DocumentView document = this.store.find(worker.municipalityId(), documentId)
			.filter(found -> found.clientId().equals(client.id()) && found.kind() == DocumentKind.UPLOAD)
			.orElseThrow(() -> new NotFoundException("document"));
		return new DocumentFile(document, checked(document, worker.municipalityId()));
	}

	private byte[] checked(DocumentView document, UUID municipalityId) {
		byte[] content = this.store.content(municipalityId, document.id());
		if (!sha256(content).equals(document.sha256())) {
			throw new IllegalStateException("document " + document.id() + " does not match its checksum");
		}
		return content;
	}

	private Filed check(NewDocument document) {
		String title = document.title() == null ? "" : document.title().strip();
		byte[] content = document.content() == null ? new byte[0] : document.content();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw new RefusedException("title", title.isEmpty() ? "document.title.required" : "document.title.tooLong");
		}
		if (content.length == 0) {
			throw new RefusedException("file", "document.file.required");
		}
		long max = this.settings.maxSize().toBytes();
		if (content.length > max) {
			throw new RefusedException(
					List.of(new Reason("file", "document.file.tooLarge", this.settings.maxSize().toMegabytes())));
		}
		FileType type = FileType.of(content).orElseThrow(() -> new RefusedException("file", "document.file.wrongType"));
		return new Filed(document.kind(), title, FileNames.sanitise(document.fileName(), type), type, content,
				sha256(content));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The documents page: the client, their documents, whether the user may file one and
	 * the size limit in megabytes.
	 */
	record DocumentPage(ClientRef client, List<DocumentView> documents, boolean mayFile, long maxMegabytes) {
	}

}
