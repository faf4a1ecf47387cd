package nl.koers.client;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Ophalen uit BRP" on the registration form: htmx posts the BSN typed (never in a URL)
 * and gets back a fragment that fills the form's fields and shows the household the BRP
 * records, or says in words why the BRP gave nothing, so that the form is filled in by
 * hand.
 */
@Controller
@RequestMapping("/clients/brp")
@PreAuthorize("@clientPolicy.mayRegister(principal)")
class BrpController {

	private static final Logger log = LoggerFactory.getLogger(BrpController.class);

	private static final String RESULT = "client/brp :: result";

	private final BrpService brp;

	BrpController(BrpService brp) {
		this.brp = brp;
	}

	@PostMapping
	String lookUp(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String bsn, Model model) {
		try {
			model.addAttribute("person", this.brp.lookUp(user, bsn));
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("failure", ex.reasons().get(0).messageKey());
		}
		catch (BrpLookupFailedException ex) {
			if (ex.reason() != BrpLookupFailedException.Reason.NOT_FOUND) {
				log.warn("BRP look-up for municipality {} failed: {}", user.municipalityId(), ex.reason());
			}
			model.addAttribute("failure", ex.messageKey());
		}
		return RESULT;
	}

}
