package nl.koers.contract;

import java.util.UUID;

/**
 * The figures of all of a provider's contracts together on the reference date.
 */
record ProviderFigures(UUID providerId, String providerName, int contracts, MonitoringFigures figures) {
}
