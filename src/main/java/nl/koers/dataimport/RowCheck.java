package nl.koers.dataimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.PlausibleDates;
import nl.koers.client.api.Bsn;
import nl.koers.route.api.ClientProfile;

/**
 * The rules every row of an import must pass, whatever the file's format: required
 * values, the BSN's 11-test, plausible dates, known codes, benefit periods that do not
 * overlap, and a household without the person or a member twice. Each broken rule is one
 * problem naming the field; a row with a problem is not applied.
 */
final class RowCheck {

	private static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final LocalDate today;

	private final PlausibleDates plausible;

	private final RawPerson raw;

	private final List<RowProblem> problems = new ArrayList<>();

	private RowCheck(RawPerson raw, LocalDate today, PlausibleDates plausible) {
		this.raw = raw;
		this.today = today;
		this.plausible = plausible;
	}

	/**
	 * The row checked on a day, against the dates a client can plausibly have (the same
	 * limits as registration by hand).
	 */
	static Checked check(RawPerson raw, LocalDate today, PlausibleDates plausible) {
		return new RowCheck(raw, today, plausible).run();
	}

	/**
	 * A row checked: the row when it passed, otherwise its problems.
	 */
	record Checked(ImportRow row, List<RowProblem> problems) {

		boolean passed() {
			return this.problems.isEmpty();
		}

	}

	private Checked run() {
		if (this.raw.unreadable()) {
			return new Checked(null, List.of(RowProblem.of(this.raw.line(), "line", null, "json")));
		}
		String bsn = bsn("bsn", this.raw.bsn(), true);
		String givenName = text("givenName", this.raw.givenName(), 100, true);
		String namePrefix = text("namePrefix", this.raw.namePrefix(), 20, false);
		String familyName = text("familyName", this.raw.familyName(), 100, true);
		LocalDate born = date("dateOfBirth", this.raw.dateOfBirth(), true, earliestBirth(), this.today);
		ImportRow.Address address = new ImportRow.Address(text("address.street", this.raw.street(), 120, false),
				text("address.houseNumber", this.raw.houseNumber(), 20, false), postalCode(),
				text("address.city", this.raw.city(), 80, false));
		List<ImportRow.Benefit> benefits = benefits(born);
		ImportRow.Profile profile = profile(born);
		List<ImportRow.Member> household = household(bsn);
		if (!this.problems.isEmpty()) {
			return new Checked(null, List.copyOf(this.problems));
		}
		return new Checked(new ImportRow(this.raw.line(), bsn, givenName, namePrefix, familyName, born, address,
				benefits, profile, household), List.of());
	}

	private List<ImportRow.Benefit> benefits(LocalDate born) {
		List<RawPerson.Benefit> written = this.raw.benefits();
		if (written.isEmpty()) {
			problem("benefits", null, "required");
			return List.of();
		}
		LocalDate latest = this.plausible.latestBenefitStart(this.today);
		LocalDate earliest = born == null ? earliestBirth() : born;
		List<ImportRow.Benefit> benefits = new ArrayList<>();
		for (int i = 0; i < written.size(); i++) {
			RawPerson.Benefit benefit = written.get(i);
			String field = "benefits[" + i + "]";
			BenefitCode kind = code(field + ".kind", benefit.kind(), BenefitCode::valueOf, BenefitCode.values(), true);
			LocalDate start = date(field + ".start", benefit.start(), true,
					kind == BenefitCode.NONE ? earliest : this.plausible.earliestBenefitStart(earliest), latest);
			LocalDate end = date(field + ".end", benefit.end(), false, earliest, this.today);
			BenefitEndReason reason = code(field + ".endReason", benefit.endReason(), BenefitEndReason::valueOf,
					BenefitEndReason.values(), false);
			if (start != null && end != null && !end.isAfter(start)) {
				problem(field + ".end", benefit.end(), "endNotAfterStart");
			}
			if (end != null && reason == null && blank(benefit.endReason())) {
				problem(field + ".endReason", null, "required");
			}
			if (end == null && reason != null) {
				problem(field + ".endReason", benefit.endReason(), "reasonWithoutEnd");
			}
			benefits.add(new ImportRow.Benefit(kind, start, end, reason));
		}
		overlaps(benefits);
		return benefits;
	}

	private void overlaps(List<ImportRow.Benefit> benefits) {
		List<ImportRow.Benefit> dated = benefits.stream()
			.filter(benefit -> benefit.start() != null)
			.sorted(Comparator.comparing(ImportRow.Benefit::start))
			.toList();
		for (int i = 1; i < dated.size(); i++) {
			LocalDate previousEnd = dated.get(i - 1).end();
			if (previousEnd == null || previousEnd.isAfter(dated.get(i).start())) {
				problem("benefits", null, "overlap");
				return;
			}
		}
	}

	private ImportRow.Profile profile(LocalDate born) {
		ClientProfile profile = code("profile", this.raw.profile(), ClientProfile::valueOf, ClientProfile.values(),
				false);
		LocalDate effective = date("profile.effectiveDate", this.raw.profileDate(), profile != null,
				born == null ? earliestBirth() : born, this.today);
		if (profile == null && effective != null && blank(this.raw.profile())) {
			problem("profile", null, "required");
		}
		return profile == null ? null : new ImportRow.Profile(profile, effective);
	}

	private List<ImportRow.Member> household(String personBsn) {
		List<ImportRow.Member> members = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < this.raw.household().size(); i++) {
			RawPerson.Member member = this.raw.household().get(i);
			String field = "household[" + i + "]";
			HouseholdRelation relation = code(field + ".relation", member.relation(), HouseholdRelation::valueOf,
					HouseholdRelation.values(), true);
			String bsn = bsn(field + ".bsn", member.bsn(), false);
			String givenName = text(field + ".givenName", member.givenName(), 100, true);
			String familyName = text(field + ".familyName", member.familyName(), 100, true);
			LocalDate born = date(field + ".dateOfBirth", member.dateOfBirth(), true, earliestBirth(), this.today);
			if (bsn != null && bsn.equals(personBsn)) {
				problem(field + ".bsn", bsn, "memberIsPerson");
			}
			String identity = bsn != null ? bsn : (givenName + "|" + familyName + "|" + born).toLowerCase();
			if (!seen.add(identity)) {
				problem(field, bsn, "memberRepeated");
			}
			members.add(new ImportRow.Member(relation, bsn, givenName, familyName, born));
		}
		return members;
	}

	private String bsn(String field, String value, boolean required) {
		if (blank(value)) {
			if (required) {
				problem(field, null, "required");
			}
			return null;
		}
		String bsn = value.strip();
		if (!Bsn.isValid(bsn)) {
			problem(field, bsn, "bsn");
			return null;
		}
		return bsn;
	}

	private String postalCode() {
		String value = text("address.postalCode", this.raw.postalCode(), 7, false);
		if (value == null) {
			return null;
		}
		if (!POSTAL_CODE.matcher(value).matches()) {
			problem("address.postalCode", value, "postalCode");
			return null;
		}
		return value.replace(" ", "").toUpperCase();
	}

	private String text(String field, String value, int max, boolean required) {
		if (blank(value)) {
			if (required) {
				problem(field, null, "required");
			}
			return null;
		}
		String text = value.strip();
		if (CONTROL.matcher(text).find()) {
			problem(field, text, "control");
			return null;
		}
		if (text.length() > max) {
			problem(field, text, "tooLong", max);
			return null;
		}
		return text;
	}

	private LocalDate earliestBirth() {
		return PlausibleDates.earliestBirth(this.today);
	}

	private LocalDate date(String field, String value, boolean required, LocalDate earliest, LocalDate latest) {
		if (blank(value)) {
			if (required) {
				problem(field, null, "required");
			}
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problem(field, value, "date");
			return null;
		}
		if (date.isBefore(earliest)) {
			problem(field, value, "dateTooEarly", earliest);
			return null;
		}
		if (date.isAfter(latest)) {
			problem(field, value, "dateTooLate", latest);
			return null;
		}
		return date;
	}

	private <E extends Enum<E>> E code(String field, String value, Function<String, E> parse, E[] known,
			boolean required) {
		if (blank(value)) {
			if (required) {
				problem(field, null, "required");
			}
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			problem(field, value, "code", String.join(", ", Arrays.stream(known).map(Enum::name).toList()));
			return null;
		}
	}

	private void problem(String field, String value, String reason) {
		this.problems.add(RowProblem.of(this.raw.line(), field, value, reason));
	}

	private void problem(String field, String value, String reason, Object argument) {
		this.problems.add(RowProblem.of(this.raw.line(), field, value, reason, argument));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
