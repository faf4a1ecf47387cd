package nl.koers.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The BRP look-up per municipality
 * ({@code koers.brp.municipalities.<municipality code>.*}): a municipality without
 * settings has no look-up.
 */
@ConfigurationProperties("koers.brp")
@Validated
record BrpProperties(@DefaultValue Map<String, @Valid Connection> municipalities) {

	/**
	 * One municipality's BRP Personen Bevragen API: the base URL (the path
	 * {@code /personen} is added), the API key sent as {@code X-API-KEY}, the four-digit
	 * municipality code the BRP knows (by default the digits of the Koers code, so
	 * {@code GM1960} asks for {@code 1960}) and how long to wait for an answer.
	 */
	record Connection(@NotNull URI baseUrl, @NotBlank String apiKey,
			@Pattern(regexp = "[0-9]{4}") String registrationMunicipality,
			@DefaultValue("5s") @NotNull Duration timeout) {

		String registrationMunicipality(String municipalityCode) {
			if (this.registrationMunicipality != null) {
				return this.registrationMunicipality;
			}
			return municipalityCode.replaceAll("[^0-9]", "");
		}

		/**
		 * Without the API key, which is a secret.
		 */
		@Override
		public String toString() {
			return "Connection[baseUrl=" + this.baseUrl + ", timeout=" + this.timeout + "]";
		}

	}

}
