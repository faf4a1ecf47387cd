/**
 * The door of {@code screening}: {@link nl.koers.screening.api.Screenings} with the
 * command {@code NewCampaign} and {@code ScreeningResult}, and what it returns
 * ({@code CampaignView}, {@code ScreeningItem}, {@code ScreeningOutcome},
 * {@code ItemStatus}).
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.screening.api;
