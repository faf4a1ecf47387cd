package nl.koers.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import nl.koers.client.api.BrpMember;
import nl.koers.client.api.BrpPerson;
import nl.koers.client.api.BrpRelation;

/**
 * The parts of the BRP's answer to {@code RaadpleegMetBurgerservicenummer} that Koers
 * asks for (the {@code fields} of {@link BrpApi}), named as the OpenAPI document names
 * them; everything else in the answer is ignored.
 */
record BrpAnswer(List<Persoon> personen) {

	record Persoon(String burgerservicenummer, Naam naam, Geboorte geboorte, Verblijfplaats verblijfplaats,
			List<Partner> partners, List<Kind> kinderen) {

		BrpPerson person() {
			Naam name = this.naam == null ? Naam.NONE : this.naam;
			Verblijfadres address = this.verblijfplaats == null || !"Adres".equals(this.verblijfplaats.type())
					|| this.verblijfplaats.verblijfadres() == null ? Verblijfadres.NONE
							: this.verblijfplaats.verblijfadres();
			return new BrpPerson(this.burgerservicenummer, name.voornamen(), name.voorvoegsel(), name.geslachtsnaam(),
					Geboorte.date(this.geboorte), address.street(), address.houseNumber(), address.postcode(),
					address.woonplaats(), members());
		}

		private List<BrpMember> members() {
			List<BrpMember> partners = listed(this.partners).stream()
				.filter(partner -> partner.ontbindingHuwelijkPartnerschap() == null)
				.map(partner -> member(BrpRelation.PARTNER, partner.burgerservicenummer(), partner.naam(),
						partner.geboorte()))
				.toList();
			List<BrpMember> children = listed(this.kinderen).stream()
				.map(child -> member(BrpRelation.CHILD, child.burgerservicenummer(), child.naam(), child.geboorte()))
				.toList();
			return Stream.concat(partners.stream(), children.stream()).toList();
		}

		private static BrpMember member(BrpRelation relation, String bsn, Naam naam, Geboorte geboorte) {
			Naam name = naam == null ? Naam.NONE : naam;
			return new BrpMember(relation, bsn, name.voornamen(), name.voorvoegsel(), name.geslachtsnaam(),
					Geboorte.date(geboorte));
		}

		private static <T> List<T> listed(List<T> items) {
			return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
		}

	}

	record Naam(String voornamen, String voorvoegsel, String geslachtsnaam) {

		static final Naam NONE = new Naam(null, null, null);

	}

	record Geboorte(Datum datum) {

		/**
		 * The date of birth when the BRP knows the whole date; null for an unknown day or
		 * month.
		 */
		static LocalDate date(Geboorte geboorte) {
			if (geboorte == null || geboorte.datum() == null || !"Datum".equals(geboorte.datum().type())) {
				return null;
			}
			return geboorte.datum().datum();
		}

	}

	record Datum(String type, LocalDate datum) {
	}

	record Verblijfplaats(String type, Verblijfadres verblijfadres) {
	}

	record Verblijfadres(String officieleStraatnaam, String korteStraatnaam, Integer huisnummer, String huisletter,
			String huisnummertoevoeging, String postcode, String woonplaats) {

		static final Verblijfadres NONE = new Verblijfadres(null, null, null, null, null, null, null);

		String street() {
			return this.officieleStraatnaam != null ? this.officieleStraatnaam : this.korteStraatnaam;
		}

		/**
		 * The house number as it is written: {@code 12}, {@code 12A}, {@code 12A-2}.
		 */
		String houseNumber() {
			if (this.huisnummer == null) {
				return null;
			}
			String number = this.huisnummer + (this.huisletter == null ? "" : this.huisletter);
			return this.huisnummertoevoeging == null ? number : number + "-" + this.huisnummertoevoeging;
		}

	}

	record Partner(String burgerservicenummer, Naam naam, Geboorte geboorte,
			OntbindingHuwelijkPartnerschap ontbindingHuwelijkPartnerschap) {
	}

	record OntbindingHuwelijkPartnerschap(Datum datum) {
	}

	record Kind(String burgerservicenummer, Naam naam, Geboorte geboorte) {
	}

}
