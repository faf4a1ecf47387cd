package nl.koers.trajectory;

import java.util.UUID;

/**
 * The figures of all of a provider's contracts together on the reference date.
 */
public record ProviderFigures(UUID providerId, String providerName, int contracts, Figures figures) {
}
