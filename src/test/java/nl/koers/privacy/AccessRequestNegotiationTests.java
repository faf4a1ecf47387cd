package nl.koers.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access request answers PDF only when the caller prefers it to JSON.
 */
class AccessRequestNegotiationTests {

	@Test
	void pdfOnlyWhenAskedForBeforeJson() {
		assertThat(AccessRequestApiController.wantsPdf(null)).isFalse();
		assertThat(AccessRequestApiController.wantsPdf("*/*")).isFalse();
		assertThat(AccessRequestApiController.wantsPdf("application/json")).isFalse();
		assertThat(AccessRequestApiController.wantsPdf("application/pdf")).isTrue();
		assertThat(AccessRequestApiController.wantsPdf("application/pdf, */*;q=0.1")).isTrue();
		assertThat(AccessRequestApiController.wantsPdf("application/json, application/pdf")).isFalse();
		assertThat(AccessRequestApiController.wantsPdf("application/json;q=0.5, application/pdf")).isTrue();
		assertThat(AccessRequestApiController.wantsPdf("not a media type")).isFalse();
	}

}
