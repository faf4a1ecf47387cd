package nl.koers.dataimport;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.koers.identity.api.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Imports", description = "The caseload from the income administration: persons, benefits, households")
class ImportApiController {

	static final String NDJSON = "application/x-ndjson";

	static final String CSV = "text/csv";

	private final ImportService imports;

	private final ImportMessages messages;

	private final ImportSettings settings;

	ImportApiController(ImportService imports, ImportMessages messages, ImportSettings settings) {
		this.imports = imports;
		this.messages = messages;
		this.settings = settings;
	}

	@PostMapping(path = "/imports", consumes = { CSV, NDJSON })
	@PreAuthorize(ImportController.IMPORTERS)
	@Operation(summary = "Import a file from the income administration: CSV (semicolons, layout in the README) or "
			+ "JSON lines, one person per line. The file is checked as a whole first (422 when it is too large, not "
			+ "UTF-8, or its separator or header is wrong); then every row is checked and, unless dryRun, the rows "
			+ "that pass are applied in the background. Follow the Location for progress and the report.")
	ResponseEntity<ImportStatus> upload(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Content-Type") String contentType, HttpServletRequest request) throws IOException {
		byte[] content = request.getInputStream()
			.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.settings.maxFileBytes() + 1));
		ImportFormat format = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(CSV))
				? ImportFormat.CSV : ImportFormat.NDJSON;
		ImportRun run = this.imports.upload(user, new ImportUpload("api", format, content, dryRun));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + run.id()))
			.body(status(run, List.of()));
	}

	@GetMapping("/imports/{id}")
	@PreAuthorize(ImportController.IMPORTERS)
	@Operation(summary = "An import: where it stands, its counts and the problems of its rows (the first 500)")
	ImportStatus find(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return status(this.imports.find(user, id), this.imports.problems(user, id));
	}

	private ImportStatus status(ImportRun run, List<RowProblem> problems) {
		return new ImportStatus(run.id(), run.status(), run.dryRun(), run.fileName(), run.rowsRead(), run.rowsRefused(),
				run.rowsApplied(), run.rowsCreated(), run.rowsUpdated(), run.rowsUnchanged(),
				this.messages.failure(run), run.createdAt(), run.finishedAt(),
				problems.stream()
					.map(problem -> new ImportStatus.Error(problem.line(), problem.field(), problem.shown(),
							this.messages.problem(problem)))
					.toList());
	}

}
