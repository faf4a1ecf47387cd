package nl.koers.identity.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A part of the API a registered system may be given: its token carries the scope by
 * {@link #value()} (OAuth2 {@code scope}), and a call to a path of another part is
 * refused.
 */
public enum ApiScope {

	REFERRALS("referrals", "Referrals to the social map and purchase requests"),
	TRAJECTORIES("trajectories", "Activation trajectories: answers, phases, reports and outcomes"),
	IMPORTS("imports", "Imports into Koers: the caseload from the income administration, the social map in HSDS"),
	REPORTS("reports", "Reports: routes, budgets, contract monitoring and measures"),
	CLIENTS("clients", "Clients and their file: routes, assessments, goals, agreements, appointments, tasks"),
	SOCIAL_MAP("social-map", "The social map (organisations, services, export) and data-sharing agreements"),
	CONTRACTS("contracts", "Contracts with providers and budgets");

	private final String value;

	private final String description;

	ApiScope(String value, String description) {
		this.value = value;
		this.description = description;
	}

	/**
	 * The scope as a token and a token request name it.
	 */
	public String value() {
		return this.value;
	}

	/**
	 * What the scope covers, in English, for the OpenAPI document.
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The Spring Security authority a token with this scope gives.
	 */
	public String authority() {
		return "SCOPE_" + this.value;
	}

	public static Optional<ApiScope> of(String value) {
		return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
	}

}
