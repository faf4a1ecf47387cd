package nl.koers.client.api;

/**
 * The group of a client registered without social-assistance benefit: no benefit at all
 * (NUG, niet-uitkeringsgerechtigde) or a survivor's pension (Anw).
 */
public enum NonBenefitGroup {

	NUG, ANW

}
