package nl.koers.contract;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contracts that contract monitoring shows, by provider; their trajectories are
 * counted by the trajectory module ({@code ContractTrajectories}).
 */
@Repository
class MonitoringStore {

	private final JdbcClient jdbc;

	MonitoringStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A contract as monitoring lists it.
	 */
	record MonitoredContract(UUID id, String name, String lot, UUID providerId, String providerName, int places) {
	}

	/**
	 * The municipality's contracts, by provider; only the one given when
	 * {@code contractId} is set.
	 */
	List<MonitoredContract> contracts(UUID municipalityId, UUID contractId) {
		return this.jdbc.sql("""
				select c.id, c.name, c.lot, c.provider_id, o.name as provider_name, c.places
				from contract c
				join map_organisation o on o.id = c.provider_id
				where c.municipality_id = :municipality and (cast(:contract as uuid) is null or c.id = :contract)
				order by o.name, c.name, c.lot, c.created_at
				""")
			.param("municipality", municipalityId)
			.param("contract", contractId)
			.query((rs, row) -> new MonitoredContract(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("lot"), rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
					rs.getInt("places")))
			.list();
	}

	boolean exists(UUID municipalityId, UUID contractId) {
		return this.jdbc.sql("select exists (select 1 from contract where id = ? and municipality_id = ?)")
			.params(contractId, municipalityId)
			.query(Boolean.class)
			.single();
	}

}
