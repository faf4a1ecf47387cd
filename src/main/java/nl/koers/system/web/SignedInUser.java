package nl.koers.system.web;

/**
 * What a signed-in principal is (identity's {@code CurrentUser}): the security chains let
 * a request through only with one, whatever way it signed in.
 */
public interface SignedInUser {

}
