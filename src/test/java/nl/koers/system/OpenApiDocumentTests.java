package nl.koers.system;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writes the served OpenAPI document to {@code target/openapi.json}, where CI lints it
 * with the NL API Design Rules ruleset (Spectral).
 */
@KoersTest
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void writesTheServedDocumentForTheLinter() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Path target = Files.createDirectories(Path.of("target")).resolve("openapi.json");
		Files.writeString(target, document);
		assertThat(target).isNotEmptyFile();
	}

}
