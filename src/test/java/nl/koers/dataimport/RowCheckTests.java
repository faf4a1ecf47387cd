package nl.koers.dataimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.PlausibleDates;
import nl.koers.route.api.ClientProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RowCheckTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final PlausibleDates PLAUSIBLE = new PlausibleDates(18, 31);

	@Test
	void aCompleteRowPasses() {
		RowCheck.Checked checked = RowCheck.check(person().build(), TODAY, PLAUSIBLE);

		assertThat(checked.problems()).isEmpty();
		ImportRow row = checked.row();
		assertThat(row.bsn()).isEqualTo("123456782");
		assertThat(row.address().postalCode()).isEqualTo("4101AB");
		assertThat(row.benefits()).containsExactly(
				new ImportRow.Benefit(BenefitCode.IOAW, LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31),
						BenefitEndReason.WORK),
				new ImportRow.Benefit(BenefitCode.PARTICIPATIEWET, LocalDate.of(2019, 3, 1), null, null));
		assertThat(row.profile()).isEqualTo(new ImportRow.Profile(ClientProfile.KP4, LocalDate.of(2019, 6, 1)));
		assertThat(row.household()).hasSize(2);
	}

	@Test
	void aBsnThatFailsTheElevenTestIsNamedWithoutItsMiddleDigits() {
		List<RowProblem> problems = problems(person().bsn("123456789"));

		assertThat(problems).containsExactly(new RowProblem(7, "bsn", "12*****89", "bsn", null));
	}

	@Test
	void requiredValuesAreNamedEachOnce() {
		List<RowProblem> problems = problems(person().bsn(" ").givenName(null).dateOfBirth("").benefits());

		assertThat(problems).extracting(RowProblem::field)
			.containsExactlyInAnyOrder("bsn", "givenName", "dateOfBirth", "benefits");
		assertThat(problems).extracting(RowProblem::reason).containsOnly("required");
	}

	@Test
	void datesMustBeWrittenAsIsoDatesAndBePlausible() {
		assertThat(problems(person().dateOfBirth("03-12-1980"))).extracting(RowProblem::reason).containsExactly("date");
		assertThat(problems(person().dateOfBirth("2027-01-01"))).singleElement()
			.satisfies(problem -> assertThat(problem.argument()).isEqualTo("2026-12-03"))
			.extracting(RowProblem::reason)
			.isEqualTo("dateTooLate");
		assertThat(problems(person().dateOfBirth("1899-12-31"))).extracting(RowProblem::reason)
			.containsExactly("dateTooEarly");
		assertThat(problems(person().benefits(new RawPerson.Benefit("PARTICIPATIEWET", "1970-01-01", null, null))))
			.extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("benefits[0].start", "dateTooEarly"));
	}

	@Test
	void aBenefitStartsAtTheEarliestOnTheEighteenthBirthdayAndAtMostAMonthAhead() {
		assertThat(problems(person().benefits(new RawPerson.Benefit("PARTICIPATIEWET", "1998-04-12", null, null))))
			.isEmpty();
		assertThat(problems(person().benefits(new RawPerson.Benefit("PARTICIPATIEWET", "1998-04-11", null, null))))
			.extracting(RowProblem::field, RowProblem::reason, RowProblem::argument)
			.containsExactly(tuple("benefits[0].start", "dateTooEarly", "1998-04-12"));
		assertThat(problems(person().profile(null)
			.profileDate(null)
			.benefits(new RawPerson.Benefit("PARTICIPATIEWET", "2027-01-03", null, null)))).isEmpty();
		assertThat(problems(person().profile(null)
			.profileDate(null)
			.benefits(new RawPerson.Benefit("PARTICIPATIEWET", "2027-01-04", null, null))))
			.extracting(RowProblem::field, RowProblem::reason, RowProblem::argument)
			.containsExactly(tuple("benefits[0].start", "dateTooLate", "2027-01-03"));
	}

	@Test
	void anUnknownCodeNamesTheCodesThatAreKnown() {
		List<RowProblem> problems = problems(
				person().benefits(new RawPerson.Benefit("WWB", "2019-01-01", null, null)).profile("KP5"));

		assertThat(problems).extracting(RowProblem::field, RowProblem::reason, RowProblem::argument)
			.containsExactlyInAnyOrder(tuple("benefits[0].kind", "code", "PARTICIPATIEWET, IOAW, IOAZ, NONE"),
					tuple("profile", "code", "KP1, KP2, KP3, KP4"));
	}

	@Test
	void benefitPeriodsEndAfterTheyStartWithAReasonAndDoNotOverlap() {
		assertThat(problems(person().benefits(new RawPerson.Benefit("IOAW", "2019-01-01", "2018-01-01", "WORK"))))
			.extracting(RowProblem::reason)
			.containsExactly("endNotAfterStart");
		assertThat(problems(person().benefits(new RawPerson.Benefit("IOAW", "2019-01-01", "2020-01-01", null))))
			.extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("benefits[0].endReason", "required"));
		assertThat(problems(person().benefits(new RawPerson.Benefit("IOAW", "2019-01-01", null, "WORK"))))
			.extracting(RowProblem::reason)
			.containsExactly("reasonWithoutEnd");
		assertThat(problems(person().benefits(new RawPerson.Benefit("IOAW", "2015-01-01", "2019-06-01", "OTHER"),
				new RawPerson.Benefit("PARTICIPATIEWET", "2019-03-01", null, null))))
			.extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("benefits", "overlap"));
		assertThat(problems(person().benefits(new RawPerson.Benefit("PARTICIPATIEWET", "2015-01-01", null, null),
				new RawPerson.Benefit("NONE", "2019-03-01", null, null))))
			.extracting(RowProblem::reason)
			.containsExactly("overlap");
	}

	@Test
	void aProfileNeedsItsDateAndADateNeedsItsProfile() {
		assertThat(problems(person().profile("KP4").profileDate(null)))
			.extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("profile.effectiveDate", "required"));
		assertThat(problems(person().profile(null).profileDate("2020-01-01")))
			.extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("profile", "required"));
		assertThat(RowCheck.check(person().profile(null).profileDate(null).build(), TODAY, PLAUSIBLE).row().profile())
			.isNull();
	}

	@Test
	void aHouseholdHoldsNeitherThePersonNorAMemberTwice() {
		RawPerson.Member child = new RawPerson.Member("CHILD", null, "Sanne", "Jansen", "2012-05-01");
		assertThat(problems(
				person().household(new RawPerson.Member("PARTNER", "123456782", "Piet", "Jansen", "1980-01-01"))))
			.extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("household[0].bsn", "memberIsPerson"));
		assertThat(problems(person().household(child, child))).extracting(RowProblem::field, RowProblem::reason)
			.containsExactly(tuple("household[1]", "memberRepeated"));
		assertThat(problems(person().household(new RawPerson.Member("NEPHEW", "11122233", null, "Jansen", null))))
			.extracting(RowProblem::field)
			.containsExactlyInAnyOrder("household[0].relation", "household[0].bsn", "household[0].givenName",
					"household[0].dateOfBirth");
	}

	@Test
	void textWithControlCharactersOrTooLongIsRefused() {
		assertThat(problems(person().givenName("Jan\u0000"))).extracting(RowProblem::reason, RowProblem::shown)
			.containsExactly(tuple("control", "Jan?"));
		assertThat(problems(person().givenName("J".repeat(101)))).singleElement()
			.satisfies(problem -> assertThat(problem.shown()).hasSize(61).endsWith("…"))
			.extracting(RowProblem::argument)
			.isEqualTo("100");
		assertThat(problems(person().postalCode("0101 AB"))).extracting(RowProblem::reason)
			.containsExactly("postalCode");
	}

	@Test
	void theFingerprintFollowsTheContentNotTheLine() {
		ImportRow first = RowCheck.check(person().build(), TODAY, PLAUSIBLE).row();
		ImportRow elsewhere = RowCheck.check(person().line(900).build(), TODAY, PLAUSIBLE).row();
		ImportRow moved = RowCheck.check(person().city("Utrecht").build(), TODAY, PLAUSIBLE).row();

		assertThat(first.fingerprint()).isEqualTo(elsewhere.fingerprint()).isNotEqualTo(moved.fingerprint());
	}

	@Test
	void anUnreadableLineIsOneProblem() {
		assertThat(RowCheck.check(RawPerson.unreadable(3), TODAY, PLAUSIBLE).problems())
			.containsExactly(new RowProblem(3, "line", null, "json", null));
	}

	private static List<RowProblem> problems(Person person) {
		return RowCheck.check(person.build(), TODAY, PLAUSIBLE).problems();
	}

	static Person person() {
		return new Person();
	}

	/**
	 * A person as a file would have them, valid unless changed.
	 */
	static final class Person {

		private long line = 7;

		private String bsn = "123456782";

		private String givenName = "Jan";

		private String familyName = "Jansen";

		private String dateOfBirth = "1980-04-12";

		private String postalCode = "4101 ab";

		private String city = "Culemborg";

		private List<RawPerson.Benefit> benefits = List.of(
				new RawPerson.Benefit("IOAW", "2015-01-01", "2018-12-31", "WORK"),
				new RawPerson.Benefit("PARTICIPATIEWET", "2019-03-01", null, null));

		private String profile = "KP4";

		private String profileDate = "2019-06-01";

		private List<RawPerson.Member> household = List.of(
				new RawPerson.Member("PARTNER", "111222333", "Els", "de Vries", "1982-02-02"),
				new RawPerson.Member("CHILD", null, "Sanne", "Jansen", "2012-05-01"));

		Person line(long value) {
			this.line = value;
			return this;
		}

		Person bsn(String value) {
			this.bsn = value;
			return this;
		}

		Person givenName(String value) {
			this.givenName = value;
			return this;
		}

		Person dateOfBirth(String value) {
			this.dateOfBirth = value;
			return this;
		}

		Person postalCode(String value) {
			this.postalCode = value;
			return this;
		}

		Person city(String value) {
			this.city = value;
			return this;
		}

		Person benefits(RawPerson.Benefit... values) {
			this.benefits = List.of(values);
			return this;
		}

		Person profile(String value) {
			this.profile = value;
			return this;
		}

		Person profileDate(String value) {
			this.profileDate = value;
			return this;
		}

		Person household(RawPerson.Member... values) {
			this.household = new ArrayList<>(List.of(values));
			return this;
		}

		RawPerson build() {
			return new RawPerson(this.line, this.bsn, this.givenName, null, this.familyName, this.dateOfBirth, "Markt",
					"1", this.postalCode, this.city, this.benefits, this.profile, this.profileDate, this.household,
					false);
		}

	}

}
