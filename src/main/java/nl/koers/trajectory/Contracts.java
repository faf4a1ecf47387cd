package nl.koers.trajectory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.Budgets;
import nl.koers.budget.PaymentForm;
import nl.koers.budget.PaymentView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.ConflictException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Contracts with providers, kept by contract managers. Consultants and coordinators read
 * them to nominate, managers to follow them, a provider's workers only their own.
 */
@Service
@Validated
public class Contracts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ContractStore store;

	private final SocialMap map;

	private final Budgets budgets;

	private final Clock clock;

	Contracts(ContractStore store, SocialMap map, Budgets budgets, Clock clock) {
		this.store = store;
		this.map = map;
		this.budgets = budgets;
		this.clock = clock;
	}

	@Transactional
	public ContractView create(CurrentUser user, @Valid ContractForm form) {
		requireKeeper(user);
		UUID id = this.store.insert(user.municipalityId(), terms(user, form), user.id(), this.clock.instant());
		return this.store.find(user.municipalityId(), id).orElseThrow();
	}

	@Transactional
	public ContractView update(CurrentUser user, UUID id, @Valid ContractForm form) {
		requireKeeper(user);
		ContractView current = find(user, id);
		if (form.version() == null) {
			throw new RefusedException("version", "validation.required");
		}
		if (form.places() < current.placesUsed()) {
			throw new RefusedException(
					List.of(new Reason("places", "contract.places.belowUsed", current.placesUsed())));
		}
		if (!this.store.update(user.municipalityId(), id, terms(user, form))) {
			throw new ConflictException("conflict.stale", "contract " + id + " changed meanwhile");
		}
		return find(user, id);
	}

	@Transactional(readOnly = true)
	public List<ContractView> contracts(CurrentUser user) {
		return this.store.list(user.municipalityId(), readScope(user));
	}

	@Transactional(readOnly = true)
	public ContractView contract(CurrentUser user, UUID id) {
		ContractView contract = find(user, id);
		UUID provider = readScope(user);
		if (provider != null && !provider.equals(contract.providerId())) {
			throw new NotFoundException("contract");
		}
		return contract;
	}

	/**
	 * The contracts a consultant can nominate under on a day.
	 */
	@Transactional(readOnly = true)
	public List<ContractView> openOn(CurrentUser user, LocalDate date) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("consultants and coordinators nominate");
		}
		return this.store.openOn(user.municipalityId(), date);
	}

	@Transactional(readOnly = true)
	public List<String> budgetSources(CurrentUser user) {
		requireKeeper(user);
		return this.budgets.sources(user.municipalityId());
	}

	/**
	 * Records a paid invoice under the contract, against the contract's budget source.
	 */
	@Transactional
	public PaymentView recordPayment(CurrentUser user, UUID id, @Valid PaymentForm form) {
		requireKeeper(user);
		ContractView contract = find(user, id);
		return this.budgets.recordPayment(user, contract.budgetSource(), contract.id(), form);
	}

	@Transactional(readOnly = true)
	public List<PaymentView> payments(CurrentUser user, UUID id) {
		requireFollower(user);
		return this.budgets.payments(user.municipalityId(), find(user, id).id());
	}

	public static boolean mayKeep(CurrentUser user) {
		return user.hasRole(Role.CONTRACT_MANAGER);
	}

	private ContractView find(CurrentUser user, UUID id) {
		readScope(user);
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("contract"));
	}

	/**
	 * {@code null} for users who may read every contract of the municipality; the
	 * organisation for a provider's worker.
	 */
	private static UUID readScope(CurrentUser user) {
		if (user.hasAnyRole(Role.CONTRACT_MANAGER, Role.MANAGER, Role.CONSULTANT, Role.COORDINATOR)) {
			return null;
		}
		if (user.hasRole(Role.INSTITUTION_WORKER) && user.organisationId() != null) {
			return user.organisationId();
		}
		throw new AccessDeniedException("contracts are for contract management, consultants and providers");
	}

	private static void requireFollower(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONTRACT_MANAGER, Role.MANAGER)) {
			throw new AccessDeniedException("contract money is for contract management and managers");
		}
	}

	private static void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("contract managers keep contracts");
		}
	}

	/**
	 * Checks the terms as a whole (every reason at once) and fills in the defaults.
	 */
	private ContractStore.Terms terms(CurrentUser user, ContractForm form) {
		List<Reason> reasons = new ArrayList<>();
		try {
			this.map.organisation(user, form.providerId());
		}
		catch (NotFoundException ex) {
			reasons.add(new Reason("providerId", "contract.provider.unknown"));
		}
		if (!this.budgets.sources(user.municipalityId()).contains(form.budgetSource().strip())) {
			reasons.add(new Reason("budgetSource", "contract.budgetSource.unknown", form.budgetSource().strip()));
		}
		if (form.nominationUntil().isBefore(form.nominationFrom())) {
			reasons.add(new Reason("nominationUntil", "contract.window.reversed"));
		}
		Integer minAge = months(form.minAge());
		Integer maxAge = months(form.maxAge());
		if (minAge != null && maxAge != null && maxAge < minAge) {
			reasons.add(new Reason("maxAge", "contract.age.reversed"));
		}
		List<String> phases = phases(form.phases());
		List<PaymentLine> schedule = form.schedule() == null ? List.of()
				: form.schedule().stream().filter(line -> !line.blank()).toList();
		reasons.addAll(scheduleReasons(form.scheduleKind(), schedule, phases.size()));
		if (!reasons.isEmpty()) {
			throw new RefusedException(reasons);
		}
		return new ContractStore.Terms(form, schedule, phases, minAge, maxAge);
	}

	private static List<Reason> scheduleReasons(ScheduleKind kind, List<PaymentLine> schedule, int phases) {
		List<Reason> reasons = new ArrayList<>();
		if (schedule.isEmpty()) {
			return List.of(new Reason("schedule", "contract.schedule.empty"));
		}
		Set<Integer> seen = new HashSet<>();
		for (PaymentLine line : schedule) {
			Integer key = kind == ScheduleKind.YEARS ? line.year() : line.phase();
			boolean other = kind == ScheduleKind.YEARS ? line.phase() != null : line.year() != null;
			if (key == null || other || line.share() == null) {
				reasons.add(new Reason("schedule", "contract.schedule.incomplete." + kind.name()));
			}
			else if (!seen.add(key)) {
				reasons.add(new Reason("schedule", "contract.schedule.twice", key));
			}
			else if (kind == ScheduleKind.PHASES && key > phases) {
				reasons.add(new Reason("schedule", "contract.schedule.noSuchPhase", key, phases));
			}
		}
		BigDecimal total = schedule.stream()
			.map(PaymentLine::share)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (reasons.isEmpty() && total.compareTo(HUNDRED) != 0) {
			reasons.add(
					new Reason("schedule", "contract.schedule.notHundred", total.stripTrailingZeros().toPlainString()));
		}
		return reasons;
	}

	private static List<String> phases(List<String> names) {
		List<String> given = names == null ? List.of()
				: names.stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
		if (!given.isEmpty()) {
			return given;
		}
		List<String> numbered = new ArrayList<>();
		for (int number = 1; number <= ContractForm.DEFAULT_PHASES; number++) {
			numbered.add("Fase " + number);
		}
		return numbered;
	}

	private static Integer months(BigDecimal years) {
		return years == null ? null
				: years.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.HALF_UP).intValue();
	}

}
