/**
 * The lifecycle of personal data: how long each kind of record about a client is kept
 * (the retention periods, with their source), the daily retention run that erases what
 * has expired, its dry run and its record, and the page for the data protection officer.
 *
 * <p>
 * Every module that stores data about a client takes part through one small service
 * provider interface in the door, {@link nl.koers.privacy.api.ClientRecords}: it names
 * its tables, how a client's rows are found and what retention does with them.
 * {@code ClientRecordsCompletenessTests} fails when a table that holds client data is not
 * claimed by exactly one module, so a new module cannot forget. {@code privacy} uses no
 * module's internals: it collects the {@code ClientRecords} beans, and asks
 * {@code client}, through {@link nl.koers.privacy.api.ClientFiles}, whose file closed
 * when and who is under a legal hold.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity :: api", "system", "system :: web" })
package nl.koers.privacy;
