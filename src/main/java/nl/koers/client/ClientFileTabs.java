package nl.koers.client;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The tabs of the client file, for the pages of every section
 * ({@code client/tabs :: header}): the sections the user may see, in their order. No data
 * about the client: the page that shows them has checked access and logged its read.
 */
@Component("clientFileTabs")
class ClientFileTabs {

	private final List<ClientFileSection> sections;

	private final ClientAccessService access;

	ClientFileTabs(List<ClientFileSection> sections, ClientAccessService access) {
		this.access = access;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ClientFileSection::order)).toList();
	}

	public List<ClientFileSection> tabs(CurrentUser user) {
		return this.sections.stream().filter(section -> section.visibleTo(user)).toList();
	}

	/**
	 * The client's name for a section's page that has only the id: checked like any read,
	 * but not logged again, because the page has logged its own read of this client.
	 */
	public String name(CurrentUser user, UUID clientId) {
		return this.access.client(user, clientId, AccessAction.READ).displayName();
	}

	/**
	 * Whether {@code section} is the one at {@code current}, a section's last path
	 * segment ({@code route}, {@code conversations}).
	 */
	public boolean isCurrent(ClientFileSection section, UUID clientId, String current) {
		return current != null && section.path(clientId).endsWith("/" + current);
	}

}
