/**
 * The door of {@code identity}: the signed-in user ({@link CurrentUser}), roles and
 * permissions ({@link Role}, {@link Permission}), and the services other modules call:
 * {@link Accounts} (set-up, with the command {@link NewUser}), {@link SecondFactors} (a
 * second factor with a known secret, for set-up), {@link ApiSystems} (registered systems,
 * with {@link NewApiSystem} and {@link ApiScope}) and {@link UserDirectory} (look-ups,
 * answering {@link UserSummary}).
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.identity.api;
