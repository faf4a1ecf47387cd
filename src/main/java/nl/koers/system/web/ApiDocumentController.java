package nl.koers.system.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI document under the API's own base path, public, as the NL API Design Rules
 * ask ({@code /api/v1/openapi.json}); it is the same document as {@code /v3/api-docs}.
 */
@Controller
@Hidden
class ApiDocumentController {

	static final String PATH = ApiDocumentation.BASE_PATH + "/openapi.json";

	@GetMapping(PATH)
	String document() {
		return "forward:/v3/api-docs";
	}

}
