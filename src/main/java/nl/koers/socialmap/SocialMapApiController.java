package nl.koers.socialmap;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.MapTransfer.Imported;
import nl.koers.socialmap.api.MapEntries.Location;
import nl.koers.socialmap.api.MapEntries.Organisation;
import nl.koers.socialmap.api.MapEntries.OrganisationSummary;
import nl.koers.socialmap.api.MapEntries.Service;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.ServiceSearch;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Social map", description = "Organisations, their services, locations and contact persons")
class SocialMapApiController {

	private final SocialMapService map;

	private final MapTransfer transfer;

	SocialMapApiController(SocialMapService map, MapTransfer transfer) {
		this.map = map;
		this.transfer = transfer;
	}

	@GetMapping("/organisations")
	@PreAuthorize(SocialMapController.READERS)
	@Operation(summary = "Organisations on the social map by name; q searches name and description, "
			+ "stale=true keeps those due for verification")
	CursorPage<OrganisationSummary> organisations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean stale,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.map.organisations(user, q, stale, next, PageLimit.of(limit));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/organisations")
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Add an organisation to the social map (the care coordination point)")
	ResponseEntity<Organisation> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewOrganisation form) {
		Organisation created = this.map.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
	}

	@GetMapping("/organisations/{id}")
	@PreAuthorize(SocialMapController.READERS)
	@Operation(summary = "One organisation with its locations, contact persons and services")
	Organisation organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.map.organisation(user, id);
	}

	@PutMapping("/organisations/{id}")
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Change an organisation; send the version you read, a stale version gets 409")
	Organisation update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewOrganisation form) {
		return this.map.update(user, id, form);
	}

	@PostMapping("/organisations/{id}/verification")
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Record that the organisation and its services were checked today")
	Organisation verify(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.map.verify(user, id);
	}

	@GetMapping("/organisations/{id}/services")
	@PreAuthorize(SocialMapController.READERS)
	@Operation(summary = "The services of one organisation")
	CursorPage<Service> services(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return new CursorPage<>(this.map.organisation(user, id).services(), null);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/organisations/{id}/services")
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Add a service to an organisation, optionally at one of its locations")
	ResponseEntity<Service> addService(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewService form) {
		Service service = this.map.addService(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/services")).body(service);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/organisations/{id}/locations")
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Add a location to an organisation")
	ResponseEntity<Location> addLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewLocation form) {
		Location location = this.map.addLocation(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(location);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/organisations/{id}/contacts")
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Add a contact person to an organisation")
	ResponseEntity<Organisation> addContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewContactPerson form) {
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id))
			.body(this.map.addContact(user, id, form));
	}

	@GetMapping("/services")
	@PreAuthorize(SocialMapController.READERS)
	@Operation(summary = "Find services: q (text), category, place (city), stale=true for those due for verification")
	CursorPage<Service> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) ServiceCategory category, @RequestParam(required = false) String place,
			@RequestParam(defaultValue = "false") boolean stale, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String next) {
		return this.map.services(user, new ServiceSearch(q, category, place, stale), next, PageLimit.of(limit));
	}

	@GetMapping(path = "/social-map/export", produces = "application/zip")
	@PreAuthorize(SocialMapController.READERS)
	@Operation(summary = "The whole social map as an HSDS 3.0 tabular data package (Open Referral): a ZIP with "
			+ "datapackage.json and the CSV files it names, extended with Koers's koers_ fields")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sociale-kaart.zip").build().toString())
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(this.transfer.export(user));
	}

	@PostMapping(path = "/social-map/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(SocialMapController.KEEPER)
	@Operation(summary = "Import an HSDS 3.0 data package (ZIP, part 'file'): entries with a known HSDS id are "
			+ "updated, others added; nothing is imported when a row is wrong (422 naming every file, row and field), "
			+ "and rows the map has no place for are named in 'skipped'")
	Imported importPackage(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
			throws IOException {
		return this.transfer.importPackage(user, file.getInputStream());
	}

}
