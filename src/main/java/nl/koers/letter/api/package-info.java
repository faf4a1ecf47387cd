/**
 * The door of the letter module: writing a decision letter and filing it in the client
 * file.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.letter.api;
