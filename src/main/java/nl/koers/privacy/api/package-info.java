/**
 * The door of {@code privacy}: the service provider interfaces
 * {@link nl.koers.privacy.api.ClientRecords} (every module that stores client data
 * implements it once), {@link nl.koers.privacy.api.ClientFiles} and
 * {@link nl.koers.privacy.api.AccessRequestSubjects} (both implemented by {@code client})
 * and {@link nl.koers.privacy.api.AgedRecords} (implemented by {@code accesslog}), with
 * {@link nl.koers.privacy.api.ClientTable}, {@link nl.koers.privacy.api.RecordKind} and
 * {@link nl.koers.privacy.api.Erasure}.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.privacy.api;
