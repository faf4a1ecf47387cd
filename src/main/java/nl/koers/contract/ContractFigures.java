package nl.koers.contract;

import java.util.UUID;

/**
 * One contract's figures on the reference date.
 */
record ContractFigures(UUID id, String name, String lot, UUID providerId, String providerName,
		MonitoringFigures figures) {
}
