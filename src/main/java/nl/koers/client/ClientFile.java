package nl.koers.client;

import java.util.List;

import nl.koers.client.api.ClientView;
import nl.koers.client.api.SummaryPartView;

/**
 * What the client file opens on: the client with their household, and the summary parts
 * the other modules contribute and the reader may see.
 */
record ClientFile(ClientView client, List<SummaryPartView> parts, boolean mayChange) {
}
