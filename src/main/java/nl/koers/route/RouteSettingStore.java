package nl.koers.route;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A municipality's review intervals, in plain SQL; the defaults hold until a municipality
 * sets its own.
 */
@Repository
class RouteSettingStore {

	static final Setting DEFAULT = new Setting(3, 14);

	private final JdbcClient jdbc;

	RouteSettingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Setting of(UUID municipalityId) {
		return this.jdbc
			.sql("select care_review_months, rest_review_lead_days from route_setting where municipality_id = ?")
			.param(municipalityId)
			.query((rs, n) -> new Setting(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(DEFAULT);
	}

	void save(UUID municipalityId, Setting setting) {
		this.jdbc
			.sql("""
					insert into route_setting (municipality_id, care_review_months, rest_review_lead_days) values (?, ?, ?)
					on conflict (municipality_id) do update
					set care_review_months = excluded.care_review_months, rest_review_lead_days = excluded.rest_review_lead_days""")
			.params(municipalityId, setting.careReviewMonths(), setting.restReviewLeadDays())
			.update();
	}

	/**
	 * @param careReviewMonths months between care-support reviews
	 * @param restReviewLeadDays days before the end of a rest period that its review is
	 * due
	 */
	record Setting(@NotNull @Min(1) @Max(24) Integer careReviewMonths,
			@NotNull @Min(0) @Max(90) Integer restReviewLeadDays) {
	}

}
