package nl.koers.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monitoring figures as a file. The CSV is for Dutch spreadsheet users: semicolons
 * between fields, decimal commas in Dutch, and a byte order mark so Excel reads UTF-8.
 * The workbook has a sheet of contracts and a sheet of providers with numbers as numbers.
 */
@Component
class MonitoringExport {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final MessageSource messages;

	MonitoringExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(Monitoring monitoring, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			writer.write(BYTE_ORDER_MARK);
			printer.printRecord(
					header(locale, "monitoring.level", "monitoring.provider", "monitoring.contract", "monitoring.lot"));
			DecimalFormat money = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
			for (ContractFigures contract : monitoring.contracts()) {
				List<String> record = new ArrayList<>(List.of(text("monitoring.level.contract", locale),
						contract.providerName(), contract.name(), contract.lot() == null ? "" : contract.lot()));
				record.addAll(values(contract.figures(), money));
				printer.printRecord(record);
			}
			for (ProviderFigures provider : monitoring.providers()) {
				List<String> record = new ArrayList<>(
						List.of(text("monitoring.level.provider", locale), provider.providerName(), "", ""));
				record.addAll(values(provider.figures(), money));
				printer.printRecord(record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	byte[] xlsx(Monitoring monitoring, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
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

	private static List<String> values(MonitoringFigures figures, DecimalFormat money) {
		return MonitoringColumn.ALL.stream().map(column -> {
			Number value = column.of(figures);
			if (value == null) {
				return "";
			}
			return value instanceof BigDecimal amount ? money.format(amount) : value.toString();
		}).toList();
	}

	private List<String> header(Locale locale, String... leading) {
		List<String> header = new ArrayList<>();
		for (String key : leading) {
			header.add(text(key, locale));
		}
		MonitoringColumn.ALL.forEach(column -> header.add(text(column.key(), locale)));
		return header;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
