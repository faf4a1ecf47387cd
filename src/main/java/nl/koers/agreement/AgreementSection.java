package nl.koers.agreement;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

/**
 * The agreements made with the client as a section of the client file.
 */
@Component
class AgreementSection implements ClientFileSection {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String titleKey() {
		return "agreement.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/agreements";
	}

}
