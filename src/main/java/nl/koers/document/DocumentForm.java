package nl.koers.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The upload form's title; the file comes as its own part.
 */
record DocumentForm(@NotBlank @Size(max = DocumentService.MAX_TITLE) String title) {
}
