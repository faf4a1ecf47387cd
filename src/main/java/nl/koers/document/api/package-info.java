/**
 * The door of the document module: filing a document in a client file.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.document.api;
