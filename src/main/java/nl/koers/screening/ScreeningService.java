package nl.koers.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Routes;
import nl.koers.screening.api.CampaignView;
import nl.koers.screening.api.ItemStatus;
import nl.koers.screening.api.NewCampaign;
import nl.koers.screening.api.ScreeningItem;
import nl.koers.screening.api.ScreeningOutcome;
import nl.koers.screening.api.ScreeningResult;
import nl.koers.screening.api.Screenings;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Screening campaigns: a coordinator selects the municipality's KP4 clients on a date,
 * case leads (or the coordinator) record an outcome per client, and everyone involved
 * follows the progress. Managers see the counts only; client names pass through
 * {@link ClientAccess}, which writes the access log.
 */
@Service
@Validated
class ScreeningService implements Screenings {

	private final ScreeningStore store;

	private final Routes routes;

	private final ClientAccess clients;

	private final ScreeningPolicy policy;

	private final Clock clock;

	ScreeningService(ScreeningStore store, Routes routes, ClientAccess clients, ScreeningPolicy policy, Clock clock) {
		this.policy = policy;
		this.store = store;
		this.routes = routes;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CampaignView start(CurrentUser user, NewCampaign campaign) {
		this.policy.requireRun(user);
		if (campaign.selectionDate().isAfter(LocalDate.now(this.clock))) {
			throw new RefusedException("selectionDate", "screening.selectionDate.future");
		}
		List<UUID> selected = this.routes.clientsInKp4(user.municipalityId(), campaign.selectionDate());
		if (selected.isEmpty()) {
			throw new RefusedException("selectionDate", "screening.selection.empty");
		}
		UUID id = this.store.start(user, campaign, selected, this.clock.instant());
		return campaign(user, id);
	}

	@Transactional(readOnly = true)
	public List<CampaignView> campaigns(CurrentUser user) {
		this.policy.requireFollow(user);
		return this.store.campaigns(user.municipalityId());
	}

	@Transactional(readOnly = true)
	public CampaignView campaign(CurrentUser user, UUID id) {
		this.policy.requireFollow(user);
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("campaign"));
	}

	/**
	 * The selected clients: a coordinator's of the whole campaign, a consultant's of
	 * their own caseload; one access log entry per client shown.
	 */
	@Override
	@Transactional
	public CursorPage<ScreeningItem> items(CurrentUser user, UUID id, ItemStatus status, String next, int limit) {
		this.policy.requireExamine(user);
		CampaignView campaign = campaign(user, id);
		List<UUID> scope = this.policy.seesWholeCampaign(user) ? null : this.clients.caseload(user);
		UUID after = StringUtils.hasText(next) ? Cursor.decode(next, 1).key(0, UUID::fromString) : null;
		CursorPage<ScreeningItem> page = CursorPage.of(this.store.items(campaign.id(), scope, status, after, limit + 1),
				limit, last -> Cursor.of(last.clientId().toString()));
		Map<UUID, ClientRef> shown = this.clients.list(user,
				page.items().stream().map(ScreeningItem::clientId).toList());
		List<ScreeningItem> items = page.items()
			.stream()
			.filter(item -> shown.containsKey(item.clientId()))
			.map(item -> named(item, shown.get(item.clientId())))
			.toList();
		return new CursorPage<>(items, page.next());
	}

	/**
	 * One selected client with their outcome so far; a read of the client.
	 */
	@Transactional
	public ScreeningItem item(CurrentUser user, UUID id, UUID clientId) {
		this.policy.requireExamine(user);
		CampaignView campaign = selecting(user, id, clientId);
		ClientRef client = this.clients.read(user, clientId);
		return named(this.store.item(campaign.id(), clientId), client);
	}

	/**
	 * Records (or replaces) the outcome for a client while the campaign is open; only the
	 * case lead or a coordinator.
	 */
	@Override
	@Transactional
	public ScreeningItem record(CurrentUser user, UUID id, UUID clientId, ScreeningResult result) {
		this.policy.requireExamine(user);
		CampaignView campaign = selecting(user, id, clientId);
		if (!campaign.open()) {
			throw new RefusedException("outcome", "screening.closed");
		}
		ScreeningResult checked = checked(result);
		ClientRef client = this.clients.change(user, clientId);
		this.store.record(campaign.id(), clientId, checked, user, this.clock.instant());
		return named(this.store.item(campaign.id(), clientId), client);
	}

	@Transactional
	public CampaignView close(CurrentUser user, UUID id) {
		this.policy.requireRun(user);
		CampaignView campaign = campaign(user, id);
		if (!campaign.open()) {
			throw new RefusedException("campaign", "screening.closed");
		}
		this.store.close(campaign.id(), this.clock.instant());
		return campaign(user, id);
	}

	private CampaignView selecting(CurrentUser user, UUID id, UUID clientId) {
		CampaignView campaign = campaign(user, id);
		if (!this.store.contains(campaign.id(), clientId)) {
			throw new NotFoundException("client");
		}
		return campaign;
	}

	private static ScreeningResult checked(ScreeningResult result) {
		String note = StringUtils.hasText(result.note()) ? result.note().strip() : null;
		if (result.outcome() != ScreeningOutcome.NO_CHANGE && note == null) {
			throw new InvalidFieldException("note", "screening.note.required");
		}
		if (result.outcome() != ScreeningOutcome.OTHER_ROUTE_ADVISED) {
			return new ScreeningResult(result.outcome(), null, note);
		}
		if (result.advisedRoute() == null) {
			throw new InvalidFieldException("advisedRoute", "screening.advisedRoute.required");
		}
		return new ScreeningResult(result.outcome(), result.advisedRoute(), note);
	}

	private static ScreeningItem named(ScreeningItem item, ClientRef client) {
		return new ScreeningItem(item.clientId(), client.displayName(), item.outcome(), item.advisedRoute(),
				item.note(), item.examinedByName(), item.examinedAt());
	}

}
