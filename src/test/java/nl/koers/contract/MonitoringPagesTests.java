package nl.koers.contract;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.system.CsvWriterTests;
import nl.koers.trajectory.TrajectoryWorld;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class MonitoringPagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	MonitoringScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = new MonitoringScenario(this.context);
	}

	@Test
	void thePageShowsContractsAndProvidersSideBySideOnTheReferenceDate() throws Exception {
		String html = this.mvc
			.perform(get("/contracts/monitoring").param("date", "2007-07-02").with(user(this.scenario.world.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select("h1").text()).isEqualTo("Voortgang van de contracten");
		assertThat(page.select("input[name=date]").val()).isEqualTo("2007-07-02");
		assertThat(page.select("#per-contract thead th")).hasSize(4);
		assertThat(page.select("#per-provider thead th").eachText()).containsExactly("Cijfer",
				"Activeringsbureau De Brug", "Re-integratie Noord");
		assertThat(row(page, "#per-provider", "Over de maximale duur")).containsExactly("1", "0");
		assertThat(row(page, "#per-provider", "Vastgelegd (€)")).containsExactly("26.775,00", "10.710,00");
		assertThat(row(page, "#per-contract", "Kosten per resultaat (€)")).containsExactly("21.420,00", "–",
				"10.710,00");
		assertThat(page.select("a[href='/contracts/monitoring.csv?date=2007-07-02']")).hasSize(1);
		assertThat(page.select("a[href='/contracts/monitoring.xlsx?date=2007-07-02']")).hasSize(1);
	}

	@Test
	void theCsvHasASemicolonSeparatedRowPerContractAndProvider() throws Exception {
		byte[] body = this.mvc
			.perform(get("/contracts/monitoring.csv").param("date", "2007-07-02")
				.with(user(this.scenario.world.contractManager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"contractmonitoring-2007-07-02.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();

		String municipality = this.context.getBean(UserDirectory.class)
			.municipalityName(this.scenario.world.municipality.id())
			.orElseThrow();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(lines.get(0))
			.startsWith("\uFEFFGemeente;Peildatum;Regel;Aanbieder;Contract;Perceel;Plaatsen;Bezet;Vrij;");
		assertThat(lines).hasSize(6);
		assertThat(lines.get(1))
			.startsWith(
					municipality + ";2007-07-02;Contract;Activeringsbureau De Brug;Activeringstrajecten zorgklanten "
							+ "fase 4;Perceel 1;5;4;1;1;1;1;0;2;")
			.endsWith(";21420,00;0,00;21420,00");
		assertThat(lines.get(5)).startsWith(municipality + ";2007-07-02;Aanbieder;Re-integratie Noord;;;4;2;2;");
	}

	@Test
	void providerNamesThatLookLikeFormulasAreNeutralisedInTheCsv() throws Exception {
		for (String payload : CsvWriterTests.PAYLOADS) {
			UUID provider = this.scenario.world.organisation(payload + " " + UUID.randomUUID());
			this.scenario.world.contract(new TrajectoryWorld.ContractBuilder(provider).places(1));
		}
		String csv = this.mvc
			.perform(get("/contracts/monitoring.csv").param("date", "2007-07-02")
				.with(user(this.scenario.world.contractManager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		List<String> providers = records.stream().map(record -> record.get(3)).toList();
		for (String payload : CsvWriterTests.PAYLOADS) {
			// the social map trims names: "\t=1" is stored as "=1"
			assertThat(providers).anyMatch(name -> name.startsWith("'" + payload.strip() + " "));
		}
		for (CSVRecord record : records) {
			record.forEach(cell -> assertThat(CsvWriterTests.neutralised(cell)).as(cell).isTrue());
		}
	}

	@Test
	void theWorkbookHasASheetOfContractsAndOneOfProvidersWithNumbers() throws Exception {
		byte[] body = this.mvc
			.perform(get("/contracts/monitoring.xlsx").param("date", "2007-07-02")
				.with(user(this.scenario.world.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"contractmonitoring-2007-07-02.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getProperties().getCoreProperties().getTitle())
				.startsWith("Voortgang van de contracten Testgemeente")
				.endsWith(" 2007-07-02");
			Sheet contracts = workbook.getSheet("Contracten");
			assertThat(contracts.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Plaatsen");
			Row first = contracts.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Activeringsbureau De Brug");
			assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(5);
			Sheet providers = workbook.getSheet("Aanbieders");
			assertThat(providers.getLastRowNum()).isEqualTo(2);
			Row brug = providers.getRow(1);
			assertThat(brug.getCell(1).getNumericCellValue()).isEqualTo(2);
			int committed = 2 + MonitoringColumn.ALL.indexOf(MonitoringColumn.ALL.stream()
				.filter(column -> column.key().equals("monitoring.committed"))
				.findFirst()
				.orElseThrow());
			assertThat(providers.getRow(0).getCell(committed).getStringCellValue()).isEqualTo("Vastgelegd (€)");
			assertThat(brug.getCell(committed).getNumericCellValue()).isEqualTo(26775.0);
		}
	}

	@Test
	void consultantsAndProvidersMayNotSeeThePageOrTheExports() throws Exception {
		for (CurrentUser user : List.of(this.scenario.world.consultant, this.scenario.world.worker)) {
			for (String path : List.of("/contracts/monitoring", "/contracts/monitoring.csv",
					"/contracts/monitoring.xlsx")) {
				this.mvc.perform(get(path).with(user(user))).andExpect(status().isForbidden());
			}
		}
	}

	private static List<String> row(Document page, String table, String label) {
		return page.select(table + " tbody tr")
			.stream()
			.filter(row -> row.select("th").text().equals(label))
			.findFirst()
			.orElseThrow()
			.select("td")
			.eachText();
	}

}
