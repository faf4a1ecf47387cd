package nl.koers.identity;

import java.util.UUID;

import nl.koers.system.web.SignedInUser;

/**
 * Who a request under {@code /second-factor} is from while their sign-in waits for the
 * second factor: {@link SecondFactorGate} lets {@link PasswordVerified} reach those
 * pages, and only those, as this.
 */
record SecondFactorStep(UUID userId, String username) implements SignedInUser {

}
