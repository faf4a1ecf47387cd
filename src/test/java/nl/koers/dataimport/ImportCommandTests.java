package nl.koers.dataimport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@KoersTest
class ImportCommandTests {

	@Autowired
	ImportCommand command;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void anAdministratorImportsAFileFromTheCommandLineAfterADryRun() throws Exception {
		Fixtures.Municipality municipality = this.fixtures.municipality("GM9001");
		CurrentUser administrator = municipality.user(Role.ADMINISTRATOR);
		Path file = this.folder.resolve("bestand.csv");
		Files.writeString(file, ImportSample.csv(20, 15, java.time.LocalDate.now()), StandardCharsets.UTF_8);

		this.command.run(new DefaultApplicationArguments("import", file.toString(), "--municipality=GM9001",
				"--user=" + administrator.getUsername(), "--dry-run"));
		assertThat(this.command.getExitCode()).isZero();
		assertThat(clients(municipality)).isZero();

		this.command.run(new DefaultApplicationArguments("import", file.toString(), "--municipality=GM9001",
				"--user=" + administrator.getUsername()));
		assertThat(this.command.getExitCode()).isZero();
		assertThat(clients(municipality)).isEqualTo(20);
	}

	@Test
	void anotherRoleOrAnotherMunicipalitysUserIsRefused() throws Exception {
		Fixtures.Municipality municipality = this.fixtures.municipality("GM9002");
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		Path file = this.folder.resolve("bestand.csv");
		Files.writeString(file, ImportSample.csv(2, 15, java.time.LocalDate.now()), StandardCharsets.UTF_8);

		this.command.run(new DefaultApplicationArguments("import", file.toString(), "--municipality=GM9002",
				"--user=" + consultant.getUsername()));
		assertThat(this.command.getExitCode()).isEqualTo(1);
		this.command.run(new DefaultApplicationArguments("import", file.toString(), "--municipality=GM9002",
				"--user=" + elsewhere.getUsername()));
		assertThat(this.command.getExitCode()).isEqualTo(1);
		this.command.run(new DefaultApplicationArguments("import", file.toString()));
		assertThat(this.command.getExitCode()).isEqualTo(2);
		assertThat(clients(municipality)).isZero();
	}

	private int clients(Fixtures.Municipality municipality) {
		return this.jdbc.sql("select count(*) from client where municipality_id = ?")
			.params(municipality.id())
			.query(Integer.class)
			.single();
	}

}
