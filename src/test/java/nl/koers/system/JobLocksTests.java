package nl.koers.system;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job takes a lock of its own, so that it runs on one node at a time (the
 * two-node test shows the lock at work).
 */
class JobLocksTests {

	private final List<JavaMethod> jobs = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.koers")
		.stream()
		.flatMap(type -> type.getMethods().stream())
		.filter(method -> method.isAnnotatedWith(Scheduled.class))
		.toList();

	@Test
	void everyScheduledJobTakesALockOfItsOwn() {
		assertThat(this.jobs).as("scheduled jobs").hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.jobs).allSatisfy(job -> assertThat(job.isAnnotatedWith(SchedulerLock.class))
			.as("%s has @SchedulerLock", job.getFullName())
			.isTrue());
		List<String> names = this.jobs.stream()
			.map(job -> job.getAnnotationOfType(SchedulerLock.class).name())
			.toList();
		assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z]+\\.[a-z-]+"));
	}

}
