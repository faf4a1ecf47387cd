package nl.koers.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.budget.BudgetReport.SourceFigures;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.Commitment;
import nl.koers.budget.api.NewPayment;
import nl.koers.budget.api.PaymentView;
import nl.koers.budget.api.Shortfall;
import nl.koers.budget.api.SourceBudgets;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The budget report from commitments and payments: released commitments do not count, a
 * payment above what was committed does, and sources with little or nothing left are
 * flagged.
 */
@KoersTest
class BudgetReportTests {

	@Autowired
	Budgets budgets;

	@Autowired
	SourceBudgets sourceBudgets;

	@Autowired
	BudgetReportService reports;

	@Autowired
	Fixtures fixtures;

	Fixtures.Municipality delft;

	CurrentUser contractManager;

	UUID contract = UUID.randomUUID();

	@BeforeEach
	void setUp() {
		this.delft = this.fixtures.municipality();
		this.contractManager = this.delft.user(Role.CONTRACT_MANAGER);
	}

	@Test
	void commitmentsAndPaymentsMakeUpWhatIsUsed() {
		budget("Werkbudget", 2006, "200000.00");
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		this.budgets.commit(this.delft.id(), "Werkbudget", this.contract, first,
				List.of(line(2005, 1, "1071.00"), line(2006, 2, "3213.00"), line(2006, 3, "1071.00")));
		this.budgets.commit(this.delft.id(), "Werkbudget", this.contract, second, List.of(line(2006, 1, "5355.00")));
		UUID otherContract = UUID.randomUUID();
		this.budgets.commit(this.delft.id(), "Werkbudget", otherContract, UUID.randomUUID(),
				List.of(line(2006, null, "1000.00")));
		pay(otherContract, "Werkbudget", 2006, "1500.00");
		pay(this.contract, "Werkbudget", 2006, "2000.00");

		SourceFigures werkbudget = only(2006);
		assertThat(werkbudget.budget()).isEqualByComparingTo("200000.00");
		assertThat(werkbudget.committed()).isEqualByComparingTo("10639.00");
		assertThat(werkbudget.spent()).isEqualByComparingTo("3500.00");
		// the contract's commitments (9639) exceed its payment; the other contract paid
		// above its commitment
		assertThat(werkbudget.remaining()).isEqualByComparingTo("188861.00");
		assertThat(werkbudget.warning()).isNull();

		this.budgets.releasePhasesFrom(first, 3);
		assertThat(only(2006).committed()).isEqualByComparingTo("9568.00");
		this.budgets.release(second);
		SourceFigures released = only(2006);
		assertThat(released.committed()).isEqualByComparingTo("4213.00");
		assertThat(released.remaining()).isEqualByComparingTo("195287.00");
		assertThat(this.reports.report(this.contractManager, 2005).sources()).singleElement()
			.satisfies(figures -> assertThat(figures.committed()).isEqualByComparingTo("1071.00"));
	}

	@Test
	void moneyWithoutABudgetShowsAZeroBudgetThatIsExhausted() {
		this.budgets.commit(this.delft.id(), "Doeluitkering verslavingsbeleid", this.contract, UUID.randomUUID(),
				List.of(line(2006, null, "2400.00")));
		SourceFigures figures = only(2006);
		assertThat(figures.source()).isEqualTo("Doeluitkering verslavingsbeleid");
		assertThat(figures.budget()).isEqualByComparingTo("0");
		assertThat(figures.remaining()).isEqualByComparingTo("-2400.00");
		assertThat(figures.warning()).isEqualTo(BudgetWarning.EXHAUSTED);
	}

	@Test
	void aSourceIsLowBelowTheConfiguredShareAndExhaustedWhenNothingIsLeft() {
		budget("Werkbudget", 2007, "10000.00");
		budget("Participatiebudget", 2007, "1000.00");
		budget("Leeg", 2007, "0.00");
		this.budgets.commit(this.delft.id(), "Werkbudget", this.contract, UUID.randomUUID(),
				List.of(line(2007, null, "9000.00")));
		this.budgets.commit(this.delft.id(), "Participatiebudget", this.contract, UUID.randomUUID(),
				List.of(line(2007, null, "1000.00")));
		assertThat(figures(2007, "Werkbudget").warning()).isNull();
		pay(this.contract, "Werkbudget", 2007, "9000.01");
		assertThat(figures(2007, "Werkbudget").warning()).isEqualTo(BudgetWarning.LOW);
		assertThat(figures(2007, "Participatiebudget").warning()).isEqualTo(BudgetWarning.EXHAUSTED);
		assertThat(figures(2007, "Participatiebudget").remaining()).isEqualByComparingTo("0");
		assertThat(figures(2007, "Leeg").warning()).isNull();
		BudgetReport report = this.reports.report(this.contractManager, 2007);
		assertThat(report.total().budget()).isEqualByComparingTo("11000.00");
		assertThat(report.total().committed()).isEqualByComparingTo("10000.00");
		assertThat(report.total().spent()).isEqualByComparingTo("9000.01");
		assertThat(report.total().remaining()).isEqualByComparingTo("999.99");
	}

	@Test
	void shortfallsNameTheYearsWithTooLittleLeft() {
		budget("Werkbudget", 2005, "60000.00");
		budget("Werkbudget", 2006, "160650.00");
		this.budgets.commit(this.delft.id(), "Werkbudget", this.contract, UUID.randomUUID(),
				List.of(line(2006, null, "100000.00")));
		List<Commitment> planned = List.of(line(2005, 1, "53550.00"), line(2006, 2, "80325.00"),
				line(2006, 3, "80325.00"), line(2007, 4, "53550.00"));
		List<Shortfall> shortfalls = this.budgets.shortfalls(this.delft.id(), "Werkbudget", planned);
		assertThat(shortfalls).extracting(Shortfall::year).containsExactly(2006, 2007);
		assertThat(shortfalls.get(0).needed()).isEqualByComparingTo("160650.00");
		assertThat(shortfalls.get(0).remaining()).isEqualByComparingTo("60650.00");
		assertThat(shortfalls.get(1).remaining()).isEqualByComparingTo("0");
		assertThat(this.budgets.shortfalls(this.delft.id(), "Werkbudget", List.of(line(2005, 1, "60000.00"))))
			.isEmpty();
	}

	@Test
	void onlyTheContractManagerRecordsValidPayments() {
		PaymentView payment = pay(this.contract, " Werkbudget ", 2006, "5355.00");
		assertThat(payment.source()).isEqualTo("Werkbudget");
		assertThat(payment.recordedAt()).isNotNull();
		pay(this.contract, "Werkbudget", 2006, "100.00");
		assertThat(this.budgets.payments(this.delft.id(), this.contract)).hasSize(2)
			.extracting(PaymentView::reference)
			.containsOnly("F-2006-001");
		assertThat(this.budgets.payments(this.fixtures.municipality().id(), this.contract)).isEmpty();
		assertThatThrownBy(() -> this.budgets.recordPayment(this.delft.user(Role.CONSULTANT), "Werkbudget",
				this.contract, form(2006, "10.00", LocalDate.now())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.budgets.recordPayment(this.delft.user(Role.MANAGER), "Werkbudget", this.contract,
				form(2006, "10.00", LocalDate.now())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.budgets.recordPayment(this.contractManager, "Werkbudget", this.contract,
				form(2006, "0.00", LocalDate.now())))
			.isInstanceOf(ConstraintViolationException.class);
		assertThatThrownBy(() -> this.budgets.recordPayment(this.contractManager, "Werkbudget", this.contract,
				form(2006, "10.00", LocalDate.now().plusDays(2))))
			.isInstanceOf(ConstraintViolationException.class);
		assertThatThrownBy(() -> this.budgets.recordPayment(this.contractManager, "Werkbudget", this.contract,
				new NewPayment(2006, new BigDecimal("10.00"), LocalDate.now(), " ")))
			.isInstanceOf(ConstraintViolationException.class);
		assertThatThrownBy(() -> this.budgets.recordPayment(this.contractManager, "", this.contract,
				form(2006, "10.00", LocalDate.now())))
			.isInstanceOf(ConstraintViolationException.class);
	}

	@Test
	void managersReadTheReportAndOthersDoNot() {
		assertThat(this.reports.report(this.delft.user(Role.MANAGER), 2006).sources()).isEmpty();
		assertThatThrownBy(() -> this.reports.report(this.delft.user(Role.CONSULTANT), 2006))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.sourceBudgets.create(this.delft.user(Role.MANAGER),
				new BudgetEntry("Werkbudget", 2006, new BigDecimal("1.00"), null, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void budget(String source, int year, String amount) {
		this.sourceBudgets.create(this.contractManager,
				new BudgetEntry(source, year, new BigDecimal(amount), null, null, null, null));
	}

	private PaymentView pay(UUID contractId, String source, int year, String amount) {
		return this.budgets.recordPayment(this.contractManager, source, contractId,
				form(year, amount, LocalDate.of(year, 6, 1)));
	}

	private static NewPayment form(int year, String amount, LocalDate paidOn) {
		return new NewPayment(year, new BigDecimal(amount), paidOn, "F-2006-001");
	}

	private static Commitment line(int year, Integer phase, String amount) {
		return new Commitment(year, phase, new BigDecimal(amount));
	}

	private SourceFigures only(int year) {
		return this.reports.report(this.contractManager, year).sources().stream().reduce((a, b) -> {
			throw new AssertionError("more than one source");
		}).orElseThrow();
	}

	private SourceFigures figures(int year, String source) {
		return this.reports.report(this.contractManager, year)
			.sources()
			.stream()
			.filter(figures -> figures.source().equals(source))
			.findFirst()
			.orElseThrow();
	}

}
