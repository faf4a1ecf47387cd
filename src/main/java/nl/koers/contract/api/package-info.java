/**
 * The door of the contract module: {@link nl.koers.contract.api.Contracts} with the
 * contract's terms and view, the outcomes a contract pays for, and the
 * {@link nl.koers.contract.api.ContractTrajectories} interface the trajectory module
 * implements.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.contract.api;
