/**
 * The referral module's door: proposing referrals and taking their steps
 * ({@link Referrals}), what a referral shows, and the referral counts per organisation
 * ({@link ReferralFigures}).
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.referral.api;
