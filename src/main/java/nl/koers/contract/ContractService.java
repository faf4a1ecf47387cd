package nl.koers.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.NewPayment;
import nl.koers.budget.api.PaymentView;
import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractTrajectories;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.ConflictException;
import nl.koers.system.CursorPage;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;
import nl.koers.system.RefusedException.Reason;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Contracts with providers, kept by contract managers. Consultants and coordinators read
 * them to nominate, managers to follow them, a provider's workers only their own.
 */
@Service
@Validated
class ContractService implements Contracts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ContractStore store;

	private final ContractTrajectories trajectories;

	private final ContractPolicy policy;

	private final SocialMap map;

	private final Budgets budgets;

	private final Clock clock;

	ContractService(ContractStore store, ContractTrajectories trajectories, ContractPolicy policy, SocialMap map,
			Budgets budgets, Clock clock) {
		this.store = store;
		this.trajectories = trajectories;
		this.policy = policy;
		this.map = map;
		this.budgets = budgets;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ContractView create(CurrentUser user, ContractTerms terms) {
		this.policy.requireKeeper(user);
		UUID id = this.store.insert(user.municipalityId(), checked(user, terms), user.id(), this.clock.instant());
		return placesUsed(this.store.find(user.municipalityId(), id).orElseThrow());
	}

	@Transactional
	public ContractView update(CurrentUser user, UUID id, @Valid ContractTerms terms) {
		this.policy.requireKeeper(user);
		ContractView current = find(user, id);
		if (terms.version() == null) {
			throw new RefusedException("version", "validation.required");
		}
		if (terms.places() < current.placesUsed()) {
			throw new RefusedException(
					List.of(new Reason("places", "contract.places.belowUsed", current.placesUsed())));
		}
		if (!this.store.update(user.municipalityId(), id, checked(user, terms))) {
			throw new ConflictException("conflict.stale", "contract " + id + " changed meanwhile");
		}
		return find(user, id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ContractView> contracts(CurrentUser user) {
		return placesUsed(this.store.list(user.municipalityId(), this.policy.readScope(user)));
	}

	/**
	 * A page of the contracts the caller may see, for the API.
	 */
	@Transactional(readOnly = true)
	public CursorPage<ContractView> contracts(CurrentUser user, String next, int limit) {
		CursorPage<ContractView> page = this.store.list(user.municipalityId(), this.policy.readScope(user), next,
				limit);
		return new CursorPage<>(placesUsed(page.items()), page.next());
	}

	@Override
	@Transactional(readOnly = true)
	public ContractView contract(CurrentUser user, UUID id) {
		ContractView contract = find(user, id);
		UUID provider = this.policy.readScope(user);
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
		this.policy.requireNominator(user);
		return placesUsed(this.store.openOn(user.municipalityId(), date));
	}

	@Override
	@Transactional
	@Open("called by trajectory inside its nomination, which has checked the user; takes no user")
	public Optional<ContractView> lock(UUID municipalityId, UUID id) {
		return this.store.lock(municipalityId, id).map(this::placesUsed);
	}

	@Transactional(readOnly = true)
	public List<String> budgetSources(CurrentUser user) {
		this.policy.requireKeeper(user);
		return this.budgets.sources(user.municipalityId());
	}

	@Override
	@Transactional
	public PaymentView recordPayment(CurrentUser user, UUID id, NewPayment payment) {
		this.policy.requireKeeper(user);
		ContractView contract = find(user, id);
		return this.budgets.recordPayment(user, contract.budgetSource(), contract.id(), payment);
	}

	@Transactional(readOnly = true)
	public List<PaymentView> payments(CurrentUser user, UUID id) {
		this.policy.requireFollower(user);
		return this.budgets.payments(user.municipalityId(), find(user, id).id());
	}

	private ContractView find(CurrentUser user, UUID id) {
		this.policy.readScope(user);
		return placesUsed(
				this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("contract")));
	}

	private ContractView placesUsed(ContractView contract) {
		return placesUsed(List.of(contract)).get(0);
	}

	/**
	 * The contracts with their places taken, counted by the trajectory module in one
	 * query.
	 */
	private List<ContractView> placesUsed(List<ContractView> contracts) {
		if (contracts.isEmpty()) {
			return contracts;
		}
		Map<UUID, Integer> used = this.trajectories.placesUsed(contracts.stream().map(ContractView::id).toList());
		return contracts.stream()
			.map(contract -> contract.withPlacesUsed(used.getOrDefault(contract.id(), 0)))
			.toList();
	}

	/**
	 * Checks the terms as a whole (every reason at once) and fills in the defaults.
	 */
	private ContractStore.Checked checked(CurrentUser user, ContractTerms form) {
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
		return new ContractStore.Checked(form, schedule, phases, minAge, maxAge);
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
		for (int number = 1; number <= ContractTerms.DEFAULT_PHASES; number++) {
			numbered.add("Fase " + number);
		}
		return numbered;
	}

	static Integer months(BigDecimal years) {
		return years == null ? null
				: years.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.HALF_UP).intValue();
	}

}
