package nl.koers.benchmark;

import java.util.List;

/**
 * The names the generator gives and the driver searches for: the commonest family name, a
 * rare one, a two-letter prefix and a name that no client has.
 */
final class Names {

	/** The commonest family name (rank 1 of the Zipf-weighted list). */
	static final String COMMONEST = "Jansen";

	/** Given to one client in 5,000 of each municipality, and to no one else. */
	static final String RARE = "Oudewater";

	/** A two-letter prefix, the shortest name search the API accepts. */
	static final String PREFIX = "Ja";

	/** No client has this name. */
	static final String NO_MATCH = "Qxzyvwk";

	/** Family names with their prefix ("van", "de"), commonest first. */
	static final List<String[]> FAMILY = List.of(new String[] { null, "Jansen" }, new String[] { "de", "Jong" },
			new String[] { "de", "Vries" }, new String[] { "van den", "Berg" }, new String[] { "van", "Dijk" },
			new String[] { null, "Bakker" }, new String[] { null, "Janssen" }, new String[] { null, "Visser" },
			new String[] { null, "Smit" }, new String[] { null, "Meijer" }, new String[] { "de", "Boer" },
			new String[] { null, "Mulder" }, new String[] { "de", "Groot" }, new String[] { null, "Bos" },
			new String[] { null, "Vos" }, new String[] { null, "Peters" }, new String[] { null, "Hendriks" },
			new String[] { "van", "Leeuwen" }, new String[] { null, "Dekker" }, new String[] { null, "Brouwer" },
			new String[] { "de", "Wit" }, new String[] { null, "Dijkstra" }, new String[] { null, "Smits" },
			new String[] { "de", "Graaf" }, new String[] { "van der", "Meer" }, new String[] { "van der", "Linden" },
			new String[] { null, "Kok" }, new String[] { null, "Jacobs" }, new String[] { "de", "Haan" },
			new String[] { null, "Vermeulen" }, new String[] { "van den", "Heuvel" }, new String[] { "van der", "Veen" },
			new String[] { "van den", "Broek" }, new String[] { "de", "Bruijn" }, new String[] { "de", "Bruin" },
			new String[] { "van der", "Heijden" }, new String[] { null, "Schouten" }, new String[] { "van", "Beek" },
			new String[] { null, "Willems" }, new String[] { "van", "Vliet" }, new String[] { "van de", "Ven" },
			new String[] { null, "Hoekstra" }, new String[] { null, "Maas" }, new String[] { null, "Verhoeven" },
			new String[] { null, "Koster" }, new String[] { "van", "Dam" }, new String[] { "van der", "Wal" },
			new String[] { null, "Prins" }, new String[] { null, "Blom" }, new String[] { null, "Huisman" },
			new String[] { null, "Yilmaz" }, new String[] { null, "El Amrani" }, new String[] { null, "Kaya" },
			new String[] { null, "Demir" }, new String[] { null, "Bennani" }, new String[] { null, "Nguyen" });

	static final List<String> GIVEN = List.of("Anna", "Bram", "Daan", "Emma", "Eva", "Fatima", "Femke", "Finn",
			"Hanna", "Henk", "Ingrid", "Jan", "Jeroen", "Johan", "Julia", "Karin", "Kees", "Lars", "Lisa", "Lotte",
			"Marco", "Maria", "Mark", "Mehmet", "Mohammed", "Nina", "Noah", "Peter", "Petra", "Piet", "Rik", "Roos",
			"Sanne", "Sem", "Sophie", "Thomas", "Tim", "Wim", "Yusuf", "Zeynep");

	/** Syllables for the long tail of family names that few clients share. */
	static final List<String> SYLLABLES = List.of("ber", "gen", "hof", "man", "ker", "stra", "wijk", "veld",
			"dam", "horst", "bos", "kamp", "brink", "huis", "land", "zand", "meer", "beek", "rode", "lin");

	static final List<String> STREETS = List.of("Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg",
			"Stationsweg", "Julianastraat", "Beatrixlaan", "Wilhelminastraat", "Nieuwstraat", "Markt");

	private Names() {
	}

}
