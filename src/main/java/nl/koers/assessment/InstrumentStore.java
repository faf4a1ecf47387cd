package nl.koers.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The instruments and their domains, as the migrations define them.
 */
@Repository
class InstrumentStore {

	private final JdbcClient jdbc;

	InstrumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Instrument> all() {
		Map<String, List<String>> domains = new LinkedHashMap<>();
		this.jdbc.sql("""
				select i.code as instrument, d.code as domain
				from instrument i join instrument_domain d on d.instrument_code = i.code
				order by i.position, d.position""").query(rs -> {
			domains.computeIfAbsent(rs.getString("instrument"), code -> new ArrayList<>()).add(rs.getString("domain"));
		});
		return domains.entrySet().stream().map(entry -> new Instrument(entry.getKey(), entry.getValue())).toList();
	}

	Optional<Instrument> find(String code) {
		return all().stream().filter(instrument -> instrument.code().equals(code)).findFirst();
	}

}
