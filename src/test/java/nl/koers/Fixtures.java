package nl.koers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.koers.client.api.Bsn;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.client.api.Clients;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Builds test data through the application's own services: a fresh municipality per test
 * with users in the roles the test needs, and clients with valid, unique BSNs.
 * <p>
 * Every BSN, family name and street it hands out is appended to
 * {@code target/fixture-personal-data.txt} (once per value and JVM), which
 * {@code .ci/scan-test-logs} searches the test run's output for: the log of a full test
 * run holds no personal data of a test client. The default names are made up so that they
 * match no common word.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "test-password";

	/**
	 * The family name and street of a client unless the test gives its own: no common
	 * words, and the name sorts where the "Jansen" before it did.
	 */
	public static final String FAMILY_NAME = "Jansenvoort";

	public static final String STREET = "Proefhuizerlaan";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final Path PERSONAL_DATA = Path.of(System.getProperty("basedir", ""), "target",
			"fixture-personal-data.txt");

	private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

	static {
		handedOut(FAMILY_NAME);
		handedOut(STREET);
	}

	private final Accounts accounts;

	private final Clients clients;

	private final UserDetailsService userDetails;

	Fixtures(Accounts accounts, Clients clients, UserDetailsService userDetails) {
		this.accounts = accounts;
		this.clients = clients;
		this.userDetails = userDetails;
	}

	public Municipality municipality() {
		int n = SEQUENCE.incrementAndGet();
		String code = "T" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Testgemeente " + n;
		return new Municipality(this.accounts.createMunicipality(code, name), code, name);
	}

	public final class Municipality {

		private final UUID id;

		private final String code;

		private final String name;

		Municipality(UUID id, String code, String name) {
			this.id = id;
			this.code = code;
			this.name = name;
		}

		public UUID id() {
			return this.id;
		}

		public String name() {
			return this.name;
		}

		/**
		 * A new user with these roles; an institution worker gets an organisation of
		 * their own.
		 */
		public CurrentUser user(Role... roles) {
			String username = (this.code + "-" + SEQUENCE.incrementAndGet()).toLowerCase();
			UUID organisation = Set.of(roles).contains(Role.INSTITUTION_WORKER)
					? Fixtures.this.accounts.createOrganisation(this.id, "Instelling " + username) : null;
			Fixtures.this.accounts
				.createUser(new NewUser(this.id, organisation, username, "Test " + username, PASSWORD, Set.of(roles)));
			return (CurrentUser) Fixtures.this.userDetails.loadUserByUsername(username);
		}

		public ClientView client(CurrentUser registrar) {
			return Fixtures.this.clients.register(registrar, details().build());
		}

		public ClientView client(CurrentUser registrar, ClientBuilder builder) {
			return Fixtures.this.clients.register(registrar, builder.build());
		}

	}

	public static ClientBuilder details() {
		return new ClientBuilder();
	}

	/**
	 * A valid client by default; change what the test is about.
	 */
	public static final class ClientBuilder {

		private String bsn = nextBsn();

		private String givenName = "Jan";

		private String familyName = FAMILY_NAME;

		private LocalDate dateOfBirth = LocalDate.of(1975, 3, 14);

		private LocalDate benefitStartDate = LocalDate.of(2015, 6, 1);

		private UUID caseLeadId;

		private Long version;

		public ClientBuilder bsn(String bsn) {
			handedOut(bsn);
			this.bsn = bsn;
			return this;
		}

		public ClientBuilder name(String givenName, String familyName) {
			handedOut(familyName);
			this.givenName = givenName;
			this.familyName = familyName;
			return this;
		}

		public ClientBuilder dateOfBirth(LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
			return this;
		}

		public ClientBuilder benefitStartDate(LocalDate benefitStartDate) {
			this.benefitStartDate = benefitStartDate;
			return this;
		}

		public ClientBuilder caseLead(UUID caseLeadId) {
			this.caseLeadId = caseLeadId;
			return this;
		}

		public ClientBuilder version(long version) {
			this.version = version;
			return this;
		}

		public ClientDetails build() {
			return new ClientDetails(this.bsn, this.givenName, null, this.familyName, this.dateOfBirth,
					this.benefitStartDate, STREET, "1", "4191 AB", "Geldermalsen", null, null, null, null,
					this.caseLeadId, this.version, this.withoutBenefit);
		}

		/**
		 * The client as the register and edit forms post it.
		 */
		public MultiValueMap<String, String> form() {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("bsn", this.bsn);
			form.add("givenName", this.givenName);
			form.add("familyName", this.familyName);
			form.add("dateOfBirth", this.dateOfBirth.toString());
			if (this.benefitStartDate != null) {
				form.add("benefitStartDate", this.benefitStartDate.toString());
			}
			if (this.withoutBenefit != null) {
				form.add("withoutBenefit", this.withoutBenefit.name());
			}
			if (this.caseLeadId != null) {
				form.add("caseLeadId", this.caseLeadId.toString());
			}
			if (this.version != null) {
				form.add("version", this.version.toString());
			}
			return form;
		}

		public String json() {
			return """
					{"bsn": "%s", "givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "benefitStartDate": %s%s%s%s}"""
				.formatted(this.bsn, this.givenName, this.familyName, this.dateOfBirth,
						this.benefitStartDate == null ? "null" : "\"" + this.benefitStartDate + "\"",
						this.withoutBenefit == null ? "" : ", \"withoutBenefit\": \"" + this.withoutBenefit + "\"",
						this.caseLeadId == null ? "" : ", \"caseLeadId\": \"" + this.caseLeadId + "\"",
						this.version == null ? "" : ", \"version\": " + this.version);
		}

		private NonBenefitGroup withoutBenefit;

		/**
		 * A client registered without social-assistance benefit, in this group.
		 */
		public ClientBuilder withoutBenefit(NonBenefitGroup group) {
			this.withoutBenefit = group;
			this.benefitStartDate = null;
			return this;
		}

	}

	/**
	 * A BSN that passes the 11-test and has not been handed out before in this test run.
	 */
	public static String nextBsn() {
		while (true) {
			String prefix = String.format("%08d", 10_000_000 + SEQUENCE.incrementAndGet() * 7 % 89_999_999);
			int check = Bsn.checkDigit(prefix);
			if (check >= 0) {
				return handedOut(prefix + check);
			}
		}
	}

	/**
	 * Notes a value of a test client for the scan of the test output, once per JVM; a
	 * value too short to search for without false hits (under four characters) is left
	 * out.
	 */
	static String handedOut(String value) {
		if (value != null && value.strip().length() >= 4 && HANDED_OUT.add(value.strip())) {
			try {
				Files.createDirectories(PERSONAL_DATA.toAbsolutePath().getParent());
				Files.writeString(PERSONAL_DATA, value.strip() + "\n", StandardCharsets.UTF_8,
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return value;
	}

	/**
	 * The municipality with this code, made the first time a test asks for it: for
	 * settings that name a municipality by its code, such as the BRP look-up's.
	 */
	public Municipality municipality(String code) {
		UUID id = this.accounts.findMunicipality(code)
			.orElseGet(() -> this.accounts.createMunicipality(code, "Gemeente " + code));
		return new Municipality(id, code, "Gemeente " + code);
	}

}
