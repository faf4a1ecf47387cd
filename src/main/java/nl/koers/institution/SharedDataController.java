package nl.koers.institution;

import java.util.UUID;

import nl.koers.consent.api.DataCategory;
import nl.koers.identity.api.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The institution's views of a referred client, one address per data category, so that
 * the access log's purpose names the category read. The referral and trajectory pages
 * load a category when the worker opens it (htmx gets only the {@code content} fragment);
 * without JavaScript, the same address is a page of its own.
 */
@Controller
@PreAuthorize("@institutionPolicy.mayReadShared(principal)")
class SharedDataController {

	private static final String REFERRAL = "/referrals/{id}/shared/";

	private static final String TRAJECTORY = "/trajectories/{id}/shared/";

	private final SharedDataService shared;

	SharedDataController(SharedDataService shared) {
		this.shared = shared;
	}

	@GetMapping(REFERRAL + "contact-details")
	String referralContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.CONTACT_DETAILS, htmx, model);
	}

	@GetMapping(REFERRAL + "route")
	String referralRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.ROUTE, htmx, model);
	}

	@GetMapping(REFERRAL + "assessment-scores")
	String referralScores(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.ASSESSMENT_SCORES, htmx, model);
	}

	@GetMapping(REFERRAL + "conversation-summaries")
	String referralSummaries(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.CONVERSATION_SUMMARIES, htmx, model);
	}

	@GetMapping(REFERRAL + "goals")
	String referralGoals(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.GOALS, htmx, model);
	}

	@GetMapping(REFERRAL + "agreements")
	String referralAgreements(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.AGREEMENTS, htmx, model);
	}

	@GetMapping(TRAJECTORY + "contact-details")
	String trajectoryContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.CONTACT_DETAILS, htmx, model);
	}

	@GetMapping(TRAJECTORY + "route")
	String trajectoryRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.ROUTE, htmx, model);
	}

	@GetMapping(TRAJECTORY + "assessment-scores")
	String trajectoryScores(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.ASSESSMENT_SCORES, htmx, model);
	}

	@GetMapping(TRAJECTORY + "conversation-summaries")
	String trajectorySummaries(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.CONVERSATION_SUMMARIES, htmx, model);
	}

	@GetMapping(TRAJECTORY + "goals")
	String trajectoryGoals(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.GOALS, htmx, model);
	}

	@GetMapping(TRAJECTORY + "agreements")
	String trajectoryAgreements(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.AGREEMENTS, htmx, model);
	}

	@GetMapping(REFERRAL + "documents")
	String referralDocuments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return referral(user, id, DataCategory.DOCUMENTS, htmx, model);
	}

	@GetMapping(TRAJECTORY + "documents")
	String trajectoryDocuments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return trajectory(user, id, DataCategory.DOCUMENTS, htmx, model);
	}

	@GetMapping(REFERRAL + "documents/{documentId}")
	ResponseEntity<byte[]> referralDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID documentId) {
		return this.shared.documentOfReferral(user, id, documentId).asDownload();
	}

	@GetMapping(TRAJECTORY + "documents/{documentId}")
	ResponseEntity<byte[]> trajectoryDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID documentId) {
		return this.shared.documentOfTrajectory(user, id, documentId).asDownload();
	}

	private String referral(CurrentUser user, UUID id, DataCategory category, String htmx, Model model) {
		model.addAttribute("data", this.shared.ofReferral(user, id, category));
		model.addAttribute("back", "/referrals/" + id);
		return page(htmx);
	}

	private String trajectory(CurrentUser user, UUID id, DataCategory category, String htmx, Model model) {
		model.addAttribute("data", this.shared.ofTrajectory(user, id, category));
		model.addAttribute("back", "/trajectories/" + id);
		return page(htmx);
	}

	private static String page(String htmx) {
		return htmx != null ? "institution/shared :: content" : "institution/shared";
	}

}
