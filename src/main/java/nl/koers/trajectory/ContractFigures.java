package nl.koers.trajectory;

import java.util.UUID;

/**
 * One contract's figures on the reference date.
 */
public record ContractFigures(UUID id, String name, String lot, UUID providerId, String providerName, Figures figures) {
}
