/**
 * The municipality's social map: organisations with their locations, contact persons and
 * services, searched by those who refer and provide and kept by the care coordination
 * point (stale entries flagged), with export and import as an Open Referral (HSDS) data
 * package. Other modules use its door {@link nl.koers.socialmap.api}; the organisation's
 * account is made through {@code identity.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity :: api", "system", "system :: web" })
package nl.koers.socialmap;
