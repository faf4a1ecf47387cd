package nl.koers.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * The municipality's contracts on a reference date, per contract and per provider.
 */
record Monitoring(LocalDate date, List<ContractFigures> contracts, List<ProviderFigures> providers) {
}
