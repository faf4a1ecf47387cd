package nl.koers.demo;

import java.util.Comparator;
import java.util.List;

import nl.koers.identity.api.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic municipalities, users and clients for trying Koers out. Loaded once, only in
 * demo mode (see {@link DemoEnabledCondition}): runs every {@link DemoStep} in order, in
 * one transaction. Every demo user has the password below.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "koers-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts accounts;

	private final List<DemoStep> steps;

	DemoData(Accounts accounts, List<DemoStep> steps) {
		this.accounts = accounts;
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.findMunicipality(DemoMunicipalities.WEST_BETUWE).isPresent()) {
			return;
		}
		DemoWorld world = new DemoWorld();
		this.steps.forEach(step -> step.load(world));
		log.info("Demo data loaded: West Betuwe and Delft with 50 clients each; demo users have password '{}'",
				PASSWORD);
	}

}
