/**
 * The door of {@code agreement}: the {@link nl.koers.agreement.api.Agreements} service,
 * its commands, what it returns and the event
 * {@link nl.koers.agreement.api.AgreementBroken}.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.agreement.api;
