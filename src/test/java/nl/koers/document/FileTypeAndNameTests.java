package nl.koers.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeAndNameTests {

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	@Test
	void theTypeIsWhatTheContentIs() {
		assertThat(FileType.of(PDF)).contains(FileType.PDF);
		assertThat(FileType.of(JPEG)).contains(FileType.JPEG);
		assertThat(FileType.of(PNG)).contains(FileType.PNG);
		assertThat(FileType.of("Beste mevrouw, %PDF-".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(FileType.of(new byte[] { '%', 'P', 'D' })).isEmpty();
		assertThat(FileType.of(new byte[0])).isEmpty();
	}

	@Test
	void aNameKeepsItsLastPartSafeCharactersAndTheExtensionOfItsRealType() {
		assertThat(FileNames.sanitise("verklaring huisarts.pdf", FileType.PDF)).isEqualTo("verklaring huisarts.pdf");
		assertThat(FileNames.sanitise("../../etc/pa ss<wd>.PDF", FileType.PDF)).isEqualTo("pa ss_wd_.pdf");
		assertThat(FileNames.sanitise("C:\\Users\\jan\\scan.png", FileType.JPEG)).isEqualTo("scan.jpg");
		assertThat(FileNames.sanitise("plan\u0000\r\n\"x\".pdf", FileType.PDF)).isEqualTo("plan____x_.pdf");
		assertThat(FileNames.sanitise(".htaccess", FileType.PNG)).isEqualTo("document.png");
		assertThat(FileNames.sanitise(null, FileType.PDF)).isEqualTo("document.pdf");
		assertThat(FileNames.sanitise("brief", FileType.PDF)).isEqualTo("brief.pdf");
		assertThat(FileNames.sanitise("Overeenkomst_café-Zoë.pdf", FileType.PDF))
			.isEqualTo("Overeenkomst_café-Zoë.pdf");
		String longName = FileNames.sanitise("a".repeat(300) + ".pdf", FileType.PDF);
		assertThat(longName).hasSize(FileNames.MAX_LENGTH).endsWith("a.pdf");
	}

}
