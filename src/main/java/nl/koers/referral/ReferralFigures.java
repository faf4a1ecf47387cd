package nl.koers.referral;

import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many referrals each organisation of the municipality has, by their current status:
 * counts only, for the coordination point and contract management.
 */
@Service
public class ReferralFigures {

	private final JdbcClient jdbc;

	ReferralFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<OrganisationFigures> perOrganisation(CurrentUser user) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.MANAGER)) {
			throw new AccessDeniedException("referral figures are management information");
		}
		return this.jdbc.sql("""
				select o.id, o.name,
				       count(*) filter (where r.status = 'PROPOSED') as proposed,
				       count(*) filter (where r.status = 'SENT') as sent,
				       count(*) filter (where r.status in ('ACCEPTED', 'STARTED')) as running,
				       count(*) filter (where r.status = 'DECLINED') as declined,
				       count(*) filter (where r.status = 'ENDED') as ended,
				       count(*) filter (where r.status = 'CANCELLED') as cancelled,
				       count(*) as total
				from referral r join map_organisation o on o.id = r.organisation_id
				where r.municipality_id = ?
				group by o.id, o.name
				order by o.name, o.id""")
			.param(user.municipalityId())
			.query((rs, n) -> new OrganisationFigures(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getInt("proposed"), rs.getInt("sent"), rs.getInt("running"), rs.getInt("declined"),
					rs.getInt("ended"), rs.getInt("cancelled"), rs.getInt("total")))
			.list();
	}

	/**
	 * One organisation's referrals by current status; {@code running} is accepted or
	 * started.
	 */
	public record OrganisationFigures(UUID organisationId, String organisation, int proposed, int sent, int running,
			int declined, int ended, int cancelled, int total) {
	}

}
