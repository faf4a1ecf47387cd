package nl.koers.task;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import nl.koers.task.api.TaskStatus;
import nl.koers.task.api.TaskType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task type and filter option has words in both languages: the templates build
 * these keys from values, so the bundle checks cannot see them.
 */
class TaskMessagesTests {

	@Test
	void everyTaskTypeStatusAndFilterHasAText() throws IOException {
		for (String name : new String[] { "task", "task_en" }) {
			Properties bundle = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name + ".properties"),
					StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
			Stream.of(TaskType.values())
				.forEach(type -> assertThat(bundle.getProperty("task.type." + type)).as(name).isNotBlank());
			Stream.of(TaskStatus.values())
				.forEach(status -> assertThat(bundle.getProperty("task.status." + status)).as(name).isNotBlank());
			Stream.of(DueWithin.values())
				.forEach(within -> assertThat(bundle.getProperty("worklist.within." + within)).as(name).isNotBlank());
		}
	}

}
