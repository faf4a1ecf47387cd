/**
 * Municipalities, organisations, user accounts and roles: loading users for login
 * ({@code KoersUserDetailsService}), remembering verified HTTP Basic credentials for a
 * short time ({@code CredentialCache}), throttling failed sign-ins per account and source
 * address ({@code SignInThrottle}) and limiting the sessions per user
 * ({@code SessionLimit}), the TOTP second factor of password sign-in
 * ({@code SecondFactorService}, the steps in {@code SignInSteps} and
 * {@code SecondFactorGate}), a user's own password, and the administrators' user pages,
 * guarded by {@code IdentityPolicy}. Other modules use only the door
 * {@link nl.koers.identity.api}: the signed-in user, roles and permissions,
 * {@link nl.koers.identity.api.Accounts} to set up municipalities, organisations and
 * users, {@link nl.koers.identity.api.SecondFactors} to give one a second factor, and
 * {@link nl.koers.identity.api.UserDirectory} to look users up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "system :: web" })
package nl.koers.identity;
