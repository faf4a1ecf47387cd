package nl.koers.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Renders a letter's XHTML (from a Thymeleaf template written as well-formed XHTML) to
 * plain PDF with the built-in fonts.
 */
@Component
class PdfRenderer {

	byte[] render(String xhtml) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the letter could not be rendered", ex);
		}
	}

}
