package nl.koers.dataimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CsvWriter;
import nl.koers.system.web.FormFlow;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's import pages: the runs so far with the upload form, and per run its
 * progress (refreshed while it runs) and its report, also as CSV.
 */
@Controller
@RequestMapping("/admin/imports")
@PreAuthorize(ImportController.IMPORTERS)
class ImportController {

	static final String IMPORTERS = "@importPolicy.mayImport(principal)";

	private static final String IMPORTS = "/admin/imports";

	private static final long SAMPLE_SEED = 15;

	private final ImportService imports;

	private final ImportMessages messages;

	private final FormFlow forms;

	ImportController(ImportService imports, ImportMessages messages, FormFlow forms) {
		this.imports = imports;
		this.messages = messages;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("runs", this.imports.latest(user));
		model.addAttribute("columns", String.join(";", ImportFile.COLUMNS));
		return "dataimport/imports";
	}

	/**
	 * A synthetic file in the CSV layout (the same every day for the same number of
	 * rows), to try an import with: 10,000 rows unless asked otherwise.
	 */
	@GetMapping("/sample.csv")
	ResponseEntity<byte[]> sample(@RequestParam(defaultValue = "10000") int rows,
			@RequestParam(defaultValue = "0") int from) {
		int bounded = Math.max(1, Math.min(rows, ImportSample.MAX_ROWS));
		int first = Math.max(0, Math.min(from, ImportSample.MAX_FIRST_PERSON));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("voorbeeld-import-" + bounded + ".csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(ImportSample.csv(bounded, SAMPLE_SEED, this.imports.today(), first).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "CSV") ImportFormat format, Model model) throws IOException {
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return this.forms.act(() -> this.imports.upload(user, new ImportUpload(name, format, content, true)),
				"import.uploaded", run -> IMPORTS + "/" + run.id(), () -> list(user, model));
	}

	@GetMapping("/{id}")
	String run(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		report(user, id, model);
		return "dataimport/run";
	}

	@PostMapping("/{id}/apply")
	String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.imports.applyChecked(user, id), "import.started",
				run -> IMPORTS + "/" + run.id(), () -> run(user, id, model));
	}

	@PostMapping("/{id}/resume")
	String resume(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.imports.resume(user, id), "import.resumed", IMPORTS + "/" + id,
				() -> run(user, id, model));
	}

	@GetMapping("/{id}/progress")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		report(user, id, model);
		return "dataimport/run :: report";
	}

	@GetMapping("/{id}/problems.csv")
	ResponseEntity<byte[]> problemsCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			Locale locale) {
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		csv.row(List.of("line", "field", "value", "message"));
		for (RowProblem problem : this.imports.problems(user, id)) {
			csv.row(List.of(String.valueOf(problem.line()), problem.field(),
					problem.shown() == null ? "" : problem.shown(), this.messages.problem(problem)));
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + id + "-problemen.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toBytes());
	}

	private void report(CurrentUser user, UUID id, Model model) {
		ImportRun run = this.imports.find(user, id);
		model.addAttribute("run", run);
		model.addAttribute("failure", this.messages.failure(run));
		model.addAttribute("rowProblems",
				this.imports.problems(user, id)
					.stream()
					.map(problem -> new ShownProblem(problem, this.messages.problem(problem)))
					.toList());
	}

	/**
	 * A problem with its text, for the page.
	 */
	record ShownProblem(RowProblem problem, String message) {
	}

}
