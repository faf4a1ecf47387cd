package nl.koers.identity;

import java.util.List;
import java.util.Optional;

import nl.koers.identity.api.ApiScope;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that says which part of the API ({@link ApiScope}) a path belongs to; the
 * first pattern that matches decides, so the more specific come first. A path of no part
 * (the access log) is closed to every system.
 */
final class ApiScopePaths {

	private static final List<Part> PARTS = List.of(part("/api/v1/clients/{id}/referrals", ApiScope.REFERRALS),
			part("/api/v1/referrals/**", ApiScope.REFERRALS), part("/api/v1/purchase-requests/**", ApiScope.REFERRALS),
			part("/api/v1/clients/{id}/trajectories", ApiScope.TRAJECTORIES),
			part("/api/v1/trajectories/**", ApiScope.TRAJECTORIES), part("/api/v1/social-map/import", ApiScope.IMPORTS),
			part("/api/v1/imports", ApiScope.IMPORTS), part("/api/v1/imports/**", ApiScope.IMPORTS),
			part("/api/v1/reports/**", ApiScope.REPORTS), part("/api/v1/social-map/export", ApiScope.SOCIAL_MAP),
			part("/api/v1/organisations/**", ApiScope.SOCIAL_MAP), part("/api/v1/services", ApiScope.SOCIAL_MAP),
			part("/api/v1/contracts/**", ApiScope.CONTRACTS), part("/api/v1/budgets/**", ApiScope.CONTRACTS),
			part("/api/v1/clients/**", ApiScope.CLIENTS), part("/api/v1/goals/**", ApiScope.CLIENTS),
			part("/api/v1/agreements/**", ApiScope.CLIENTS), part("/api/v1/assessments/**", ApiScope.CLIENTS),
			part("/api/v1/instruments", ApiScope.CLIENTS), part("/api/v1/appointments/**", ApiScope.CLIENTS),
			part("/api/v1/agenda", ApiScope.CLIENTS), part("/api/v1/tasks/**", ApiScope.CLIENTS),
			part("/api/v1/exemptions/**", ApiScope.CLIENTS), part("/api/v1/measures/**", ApiScope.CLIENTS),
			part("/api/v1/consents/**", ApiScope.CLIENTS), part("/api/v1/signals/**", ApiScope.CLIENTS),
			part("/api/v1/advice-requests/**", ApiScope.CLIENTS),
			part("/api/v1/screening-campaigns/**", ApiScope.CLIENTS));

	private ApiScopePaths() {
	}

	/**
	 * The part of the API this path (without the context path) belongs to, if any.
	 */
	static Optional<ApiScope> of(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return PARTS.stream().filter(part -> part.pattern().matches(container)).map(Part::scope).findFirst();
	}

	private static Part part(String pattern, ApiScope scope) {
		return new Part(PathPatternParser.defaultInstance.parse(pattern), scope);
	}

	private record Part(PathPattern pattern, ApiScope scope) {
	}

}
