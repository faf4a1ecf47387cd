package nl.koers.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders well-formed XHTML (a Thymeleaf template written as XHTML) to plain PDF with the
 * built-in fonts: the letters and the access-request export.
 */
public final class XhtmlPdf {

	private XhtmlPdf() {
	}

	public static byte[] render(String xhtml) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the PDF could not be rendered", ex);
		}
	}

}
