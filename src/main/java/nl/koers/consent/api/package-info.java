/**
 * The consent module's door: recording agreements and consents ({@link Sharing}), what an
 * organisation may receive about a client ({@link SharingPermits}), and the data
 * categories.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.consent.api;
