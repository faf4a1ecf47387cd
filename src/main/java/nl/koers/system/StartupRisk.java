package nl.koers.system;

import java.util.Arrays;

import org.springframework.core.env.Environment;

/**
 * A setting, or a state of the database, that is unsafe in production and stops Koers at
 * start unless the operator names the risk in {@value #ACCEPT_PROPERTY}.
 *
 * @param name how the risk is named in {@value #ACCEPT_PROPERTY}
 * @param problem which setting, and why it is unsafe
 * @param remedy how to set it right
 */
public record StartupRisk(String name, String problem, String remedy) {

	public static final String ACCEPT_PROPERTY = "koers.startup-check.accept-risks";

	public boolean acceptedIn(Environment environment) {
		String[] accepted = environment.getProperty(ACCEPT_PROPERTY, String[].class, new String[0]);
		return Arrays.stream(accepted).map(String::trim).anyMatch(this.name::equals);
	}

	/**
	 * The risk in a sentence or three for the operator who reads the start-up failure.
	 */
	public String explain() {
		return "[" + this.name + "] " + this.problem + " " + this.remedy + " To start anyway, add " + this.name + " to "
				+ ACCEPT_PROPERTY + ".";
	}

}
