package nl.koers.client;

import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.koers.client.api.BrpPerson;
import nl.koers.client.BrpLookupFailedException.Reason;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Haal Centraal BRP Personen Bevragen: {@code POST /personen} with
 * {@code RaadpleegMetBurgerservicenummer}, asking only the fields the registration form
 * and the household need, and only persons registered in the municipality.
 */
@Component
@EnableConfigurationProperties(BrpProperties.class)
class BrpApi {

	private static final String QUERY_TYPE = "RaadpleegMetBurgerservicenummer";

	private static final List<String> FIELDS = List.of("burgerservicenummer", "naam.voornamen", "naam.voorvoegsel",
			"naam.geslachtsnaam", "geboorte.datum", "verblijfplaats", "partners.burgerservicenummer", "partners.naam",
			"partners.geboorte.datum", "partners.ontbindingHuwelijkPartnerschap.datum", "kinderen.burgerservicenummer",
			"kinderen.naam", "kinderen.geboorte.datum");

	private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

	private final Map<BrpProperties.Connection, RestClient> clients = new ConcurrentHashMap<>();

	/**
	 * The person with this BSN registered in the municipality; throws
	 * {@link BrpLookupFailedException} when there is none or the BRP fails.
	 */
	BrpPerson person(BrpProperties.Connection connection, String registrationMunicipality, String bsn) {
		Query query = new Query(QUERY_TYPE, FIELDS, List.of(bsn), registrationMunicipality);
		BrpAnswer answer = ask(connection, query);
		return (answer == null || answer.personen() == null ? List.<BrpAnswer.Persoon>of() : answer.personen()).stream()
			.filter(persoon -> bsn.equals(persoon.burgerservicenummer()))
			.findFirst()
			.map(BrpAnswer.Persoon::person)
			.orElseThrow(() -> new BrpLookupFailedException(Reason.NOT_FOUND, "no person in the answer", null));
	}

	private BrpAnswer ask(BrpProperties.Connection connection, Query query) {
		try {
			return client(connection).post()
				.uri("/personen")
				.contentType(JSON_UTF8)
				.accept(MediaType.APPLICATION_JSON)
				.header("X-API-KEY", connection.apiKey())
				.body(query)
				.retrieve()
				.body(BrpAnswer.class);
		}
		catch (RestClientResponseException ex) {
			throw new BrpLookupFailedException(reason(ex.getStatusCode()), "status " + ex.getStatusCode().value(), ex);
		}
		catch (ResourceAccessException ex) {
			Reason reason = timedOut(ex) ? Reason.TIMEOUT : Reason.UNAVAILABLE;
			throw new BrpLookupFailedException(reason, ex.getClass().getSimpleName(), ex);
		}
		catch (RestClientException ex) {
			throw new BrpLookupFailedException(Reason.UNAVAILABLE, "unreadable answer", ex);
		}
	}

	private static Reason reason(HttpStatusCode status) {
		return status.is4xxClientError() && status.value() != 429 ? Reason.REFUSED : Reason.UNAVAILABLE;
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private RestClient client(BrpProperties.Connection connection) {
		return this.clients.computeIfAbsent(connection, settings -> {
			HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
			JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
			requests.setReadTimeout(settings.timeout());
			return RestClient.builder().baseUrl(settings.baseUrl().toString()).requestFactory(requests).build();
		});
	}

	/**
	 * The question, as the OpenAPI document's {@code RaadpleegMetBurgerservicenummer}.
	 */
	record Query(String type, List<String> fields, List<String> burgerservicenummer, String gemeenteVanInschrijving) {
	}

}
