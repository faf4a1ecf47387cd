package nl.koers.client;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.Bsn;
import nl.koers.client.api.BrpPerson;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Looks up a person in the BRP while registering a client, for the municipalities that
 * have the look-up configured ({@link BrpProperties}). Each look-up is in the access log
 * with its purpose before the BRP is asked; the BRP call itself runs outside a database
 * transaction, so a slow BRP holds no connection.
 */
@Service
class BrpService {

	/**
	 * The purpose the access log records for a look-up: the registration of a client.
	 */
	private static final String PURPOSE = "registratie cliënt";

	private final BrpProperties properties;

	private final BrpApi api;

	private final Accounts accounts;

	private final ClientRepository clients;

	private final ClientPolicy policy;

	private final AccessLog accessLog;

	BrpService(BrpProperties properties, BrpApi api, Accounts accounts, ClientRepository clients, ClientPolicy policy,
			AccessLog accessLog) {
		this.properties = properties;
		this.api = api;
		this.accounts = accounts;
		this.clients = clients;
		this.policy = policy;
		this.accessLog = accessLog;
	}

	/**
	 * Whether the registration form offers the look-up to this user: they may register
	 * and their municipality has it configured.
	 */
	public boolean offeredTo(CurrentUser user) {
		return this.policy.mayRegister(user) && connection(user.municipalityId()).isPresent();
	}

	/**
	 * The person with this BSN in the BRP of the user's municipality. An invalid BSN is
	 * an invalid field; a municipality without the look-up gives 404; the BRP's own
	 * failures throw {@link BrpLookupFailedException}.
	 */
	BrpPerson lookUp(CurrentUser user, String bsn) {
		this.policy.requireRegister(user);
		String number = bsn == null ? "" : bsn.strip();
		if (!Bsn.isValid(number)) {
			throw new InvalidFieldException("bsn", "brp.bsn.invalid");
		}
		Configured configured = connection(user.municipalityId()).orElseThrow(() -> new NotFoundException("brp"));
		UUID clientId = this.clients.findByMunicipalityIdAndBsn(user.municipalityId(), number)
			.map(Client::getId)
			.orElse(null);
		this.accessLog.recordLookup(user, AccessAction.BRP_LOOKUP, clientId, PURPOSE);
		return this.api.person(configured.connection(),
				configured.connection().registrationMunicipality(configured.code()), number);
	}

	private Optional<Configured> connection(UUID municipalityId) {
		return this.properties.municipalities()
			.entrySet()
			.stream()
			.filter(entry -> isMunicipality(entry.getKey(), municipalityId))
			.findFirst()
			.map(entry -> new Configured(entry.getKey(), entry.getValue()));
	}

	/**
	 * Whether the settings' key names this municipality; an environment variable gives
	 * the key in lower case, so the upper-case code counts too.
	 */
	private boolean isMunicipality(String code, UUID municipalityId) {
		return Stream.of(code, code.toUpperCase(Locale.ROOT))
			.distinct()
			.anyMatch(
					candidate -> this.accounts.findMunicipality(candidate).filter(municipalityId::equals).isPresent());
	}

	private record Configured(String code, BrpProperties.Connection connection) {
	}

}
