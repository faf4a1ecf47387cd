package nl.koers.system.web;

import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the JSON field that could not be read, such as {@code dateOfBirth} for a
 * malformed date, so that a problem detail can point at it.
 */
final class JsonErrorPath {

	private JsonErrorPath() {
	}

	static String of(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return null;
		}
		return jackson.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."));
	}

}
