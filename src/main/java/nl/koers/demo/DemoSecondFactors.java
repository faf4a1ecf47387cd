package nl.koers.demo;

import nl.koers.identity.api.SecondFactors;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The administrator and the auditor sign in with a second factor, whose secret is public
 * (in the README) so that anyone can add it to an authenticator app; the other demo users
 * keep their password only.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoSecondFactors implements DemoStep {

	/**
	 * Base32, 32 characters (160 bits), as authenticator apps take it.
	 */
	static final String TOTP_SECRET = "KOERSDEMOKOERSDEMOKOERSDEMOKOERS";

	private final SecondFactors secondFactors;

	DemoSecondFactors(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public void load(DemoWorld world) {
		for (String username : new String[] { "beheerder", "auditor" }) {
			this.secondFactors.enrol(world.actor(username).id(), TOTP_SECRET);
		}
	}

}
