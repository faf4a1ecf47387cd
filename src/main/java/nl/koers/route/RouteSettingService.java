package nl.koers.route;

import nl.koers.identity.api.CurrentUser;
import nl.koers.route.RouteSettingStore.Setting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators read and set their municipality's review intervals.
 */
@Service
class RouteSettingService {

	private final RouteSettingStore store;

	private final RoutePolicy policy;

	RouteSettingService(RouteSettingStore store, RoutePolicy policy) {
		this.store = store;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public Setting setting(CurrentUser admin) {
		this.policy.requireSetIntervals(admin);
		return this.store.of(admin.municipalityId());
	}

	@Transactional
	public void save(CurrentUser admin, Setting setting) {
		this.policy.requireSetIntervals(admin);
		this.store.save(admin.municipalityId(), setting);
	}

}
