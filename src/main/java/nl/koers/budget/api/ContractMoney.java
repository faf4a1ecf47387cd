package nl.koers.budget.api;

import java.math.BigDecimal;

/**
 * What a contract has committed (not released) and what has been paid under it.
 */
public record ContractMoney(BigDecimal committed, BigDecimal spent) {

	public static final ContractMoney NONE = new ContractMoney(BigDecimal.ZERO, BigDecimal.ZERO);

}
