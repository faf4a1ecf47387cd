package nl.koers.privacy.api;

import java.util.List;

/**
 * What one module stores about a client: its tables, how a client's rows are found, and
 * what retention does with them. A service provider interface: {@code privacy} owns it,
 * and every module that stores client data provides exactly one bean (a package-private
 * {@code <Module>ClientRecords}). {@code ClientRecordsCompletenessTests} reads the schema
 * and fails when a table that holds client data is claimed by no bean or by two.
 */
public interface ClientRecords {

	/**
	 * The module's tables with client data, in erasure order: child tables before their
	 * parents.
	 */
	List<ClientTable> tables();

}
