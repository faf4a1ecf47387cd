package nl.koers.accesslog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The screen a log entry's purpose (the request's route pattern, {@code GET
 * /clients/{id}}) stands for, in words people read ("Cliëntdossier"); the API's paths are
 * named after the same screen ("API: Cliëntdossier"). A purpose no rule knows (an
 * explicit purpose such as a BRP look-up, a new screen) is shown as it is.
 */
@Component
class ScreenNames {

	private static final String API = "/api/v1";

	private static final String CLIENT = "/clients/\\{[^}/]+\\}";

	/**
	 * The rules in the order they are tried: a pattern over "METHOD path" and the message
	 * key of the screen.
	 */
	private static final Map<Pattern, String> RULES = new LinkedHashMap<>();

	static {
		rule("GET /clients", "caseload");
		rule("(GET|POST) /clients/search", "search");
		rule("GET /clients/new|POST /clients", "register");
		rule("(GET|POST) /clients/brp.*", "brp");
		rule("GET " + CLIENT, "file");
		rule("(GET|POST|PUT) " + CLIENT + "(/edit)?|PUT " + CLIENT + "/details", "details");
		rule("(POST|PUT) " + CLIENT + "/case-lead", "caseLead");
		rule("[A-Z]+ " + CLIENT + "/(conversations|appointments|contacts|outreach).*", "conversations");
		rule("[A-Z]+ /appointments.*", "conversations");
		rule("[A-Z]+ " + CLIENT + "/(route|history|profile-decisions|route-changes|handover|reviews).*", "route");
		rule("[A-Z]+ " + CLIENT + "/assessments.*", "assessments");
		rule("[A-Z]+ " + CLIENT + "/goals.*", "goals");
		rule("[A-Z]+ " + CLIENT + "/agreements.*", "agreements");
		rule("[A-Z]+ " + CLIENT + "/(benefits|benefit-periods).*", "benefits");
		rule("[A-Z]+ " + CLIENT + "/household.*", "household");
		rule("[A-Z]+ " + CLIENT + "/(obligations|exemptions|measures).*", "obligations");
		rule("[A-Z]+ " + CLIENT + "/(consents|sharing).*", "consents");
		rule("[A-Z]+ " + CLIENT + "/referrals.*", "referrals");
		rule("[A-Z]+ " + CLIENT + "/(trajectories|nominations).*", "trajectories");
		rule("[A-Z]+ " + CLIENT + "/coordination.*", "coordination");
		rule("[A-Z]+ " + CLIENT + "/timeline.*", "timeline");
		rule("[A-Z]+ " + CLIENT + "/(access-request|changes|documents).*", "privacy");
		rule("[A-Z]+ /documents.*", "privacy");
		rule("[A-Z]+ /(measures|exemptions).*", "obligations");
		rule("GET /agenda.*", "agenda");
		rule("GET (/|/worklist.*|/tasks.*)", "worklist");
		rule("[A-Z]+ /(referrals|purchase-requests).*", "referrals");
		rule("[A-Z]+ /trajectories.*", "trajectories");
		rule("[A-Z]+ /(coordination|advice-requests|signals).*", "coordination");
		rule("[A-Z]+ /screening.*", "screening");
		rule("[A-Z]+ /reports/work.*", "workReport");
		rule("[A-Z]+ /(admin/imports|imports).*", "import");
		rule("system", "system");
	}

	private final MessageSource messages;

	ScreenNames(MessageSource messages) {
		this.messages = messages;
	}

	private static void rule(String pattern, String screen) {
		RULES.put(Pattern.compile(pattern), "accessLog.screen." + screen);
	}

	/**
	 * The message key of the screen, or {@code null} when no rule knows the purpose.
	 */
	static String key(String purpose) {
		if (purpose == null) {
			return null;
		}
		String asScreen = purpose.replaceFirst("^([A-Z]+) " + Pattern.quote(API) + "(/|$)", "$1 /");
		for (Map.Entry<Pattern, String> rule : RULES.entrySet()) {
			if (rule.getKey().matcher(asScreen).matches()) {
				return rule.getValue();
			}
		}
		return null;
	}

	/**
	 * The screen's name in the reader's language; the purpose itself when no rule knows
	 * it.
	 */
	String name(String purpose, Locale locale) {
		String key = key(purpose);
		if (key == null) {
			return purpose;
		}
		String screen = this.messages.getMessage(key, null, purpose, locale);
		return isApi(purpose) ? this.messages.getMessage("accessLog.screen.api", new Object[] { screen }, locale)
				: screen;
	}

	private static boolean isApi(String purpose) {
		return purpose.matches("^[A-Z]+ " + Pattern.quote(API) + "(/.*)?$");
	}

}
