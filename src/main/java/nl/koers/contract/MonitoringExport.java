package nl.koers.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.system.CsvWriter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monitoring figures as a file. The CSV is for Dutch spreadsheet users: semicolons
 * between fields, decimal commas in Dutch, a byte order mark so Excel reads UTF-8, and no
 * cell a spreadsheet would run as a formula ({@link CsvWriter}); each row states the
 * municipality and the reference date. The workbook has a sheet of contracts and a sheet
 * of providers with numbers as numbers.
 */
@Component
class MonitoringExport {

	private final MessageSource messages;

	MonitoringExport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The figures as CSV through the shared {@link CsvWriter}: every row starts with the
	 * municipality and the reference date, then the level (contract or provider), the
	 * provider, the contract, the lot and the figures.
	 */
	byte[] csv(Monitoring monitoring, String municipality, Locale locale) {
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		csv.row(header(locale, "monitoring.municipality", "monitoring.date", "monitoring.level", "monitoring.provider",
				"monitoring.contract", "monitoring.lot"));
		for (ContractFigures contract : monitoring.contracts()) {
			List<Object> record = new ArrayList<>(
					List.of(municipality, monitoring.date(), text("monitoring.level.contract", locale),
							contract.providerName(), contract.name(), contract.lot() == null ? "" : contract.lot()));
			record.addAll(values(contract.figures()));
			csv.row(record);
		}
		for (ProviderFigures provider : monitoring.providers()) {
			List<Object> record = new ArrayList<>(List.of(municipality, monitoring.date(),
					text("monitoring.level.provider", locale), provider.providerName(), "", ""));
			record.addAll(values(provider.figures()));
			csv.row(record);
		}
		return csv.toBytes();
	}

	/**
	 * The figures as a workbook; its title and subject (the document properties) state
	 * the municipality and the reference date.
	 */
	byte[] xlsx(Monitoring monitoring, String municipality, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			workbook.getProperties()
				.getCoreProperties()
				.setTitle(text("monitoring.title", locale) + " " + municipality + " " + monitoring.date());
			workbook.getProperties().getCoreProperties().setSubjectProperty(municipality);
			workbook.getProperties().getCoreProperties().setKeywords(monitoring.date().toString());
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Sheet contracts = sheet(workbook, text("monitoring.sheet.contracts", locale),
					header(locale, "monitoring.provider", "monitoring.contract", "monitoring.lot"));
			for (ContractFigures contract : monitoring.contracts()) {
				Row row = contracts.createRow(contracts.getLastRowNum() + 1);
				row.createCell(0).setCellValue(contract.providerName());
				row.createCell(1).setCellValue(contract.name());
				if (contract.lot() != null) {
					row.createCell(2).setCellValue(contract.lot());
				}
				numbers(row, 3, contract.figures(), money);
			}
			Sheet providers = sheet(workbook, text("monitoring.sheet.providers", locale),
					header(locale, "monitoring.provider", "monitoring.contracts"));
			for (ProviderFigures provider : monitoring.providers()) {
				Row row = providers.createRow(providers.getLastRowNum() + 1);
				row.createCell(0).setCellValue(provider.providerName());
				row.createCell(1).setCellValue(provider.contracts());
				numbers(row, 2, provider.figures(), money);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> header) {
		Sheet sheet = workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			row.createCell(i).setCellValue(header.get(i));
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void numbers(Row row, int first, MonitoringFigures figures, CellStyle money) {
		for (int i = 0; i < MonitoringColumn.ALL.size(); i++) {
			MonitoringColumn column = MonitoringColumn.ALL.get(i);
			Number value = column.of(figures);
			if (value != null) {
				row.createCell(first + i).setCellValue(value.doubleValue());
				if (column.money()) {
					row.getCell(first + i).setCellStyle(money);
				}
			}
		}
	}

	private static List<Object> values(MonitoringFigures figures) {
		return MonitoringColumn.ALL.stream().map(column -> (Object) column.of(figures)).toList();
	}

	private List<String> header(Locale locale, String... leading) {
		List<String> header = new ArrayList<>();
		for (String key : leading) {
			header.add(text(key, locale));
		}
		MonitoringColumn.ALL.forEach(column -> header.add(column.argumentKey() == null ? text(column.key(), locale)
				: this.messages.getMessage(column.key(), new Object[] { text(column.argumentKey(), locale) }, locale)));
		return header;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
