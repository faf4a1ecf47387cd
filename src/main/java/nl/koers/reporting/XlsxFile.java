package nl.koers.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as a workbook, the one way the reports write XLSX: each sheet starts with the
 * report's title, its reference period and, when small numbers were left out, the line
 * that says so, followed by one or more tables of headings and rows. Numbers are numbers,
 * amounts have two decimals, dates are dates and everything else is text (never a
 * formula). Reports hold counts and amounts only, never personal data.
 */
final class XlsxFile {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final int FIRST_COLUMN_WIDTH = 44 * 256;

	private static final int COLUMN_WIDTH = 16 * 256;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle bold;

	private final CellStyle money;

	private final CellStyle date;

	/**
	 * A workbook whose document title (its properties) is {@code title}.
	 */
	XlsxFile(String title) {
		this.workbook.getProperties().getCoreProperties().setTitle(title);
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
		this.money = this.workbook.createCellStyle();
		this.money.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0.00"));
		this.date = this.workbook.createCellStyle();
		this.date.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/**
	 * A workbook of one sheet: the title, the period, the note on small numbers (none
	 * when {@code null}) and one table.
	 */
	static byte[] of(String sheet, String title, String period, String note, List<String> headings,
			List<? extends List<?>> rows) {
		XlsxFile file = new XlsxFile(title);
		file.sheet(sheet, title, period, note).table(null, headings, rows);
		return file.bytes();
	}

	/**
	 * A new sheet that starts with its title, the reference period and, unless
	 * {@code null}, the note that counts below the threshold are shown as "&lt; 5".
	 */
	Sheet sheet(String name, String title, String period, String note) {
		XSSFSheet sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		sheet.setColumnWidth(0, FIRST_COLUMN_WIDTH);
		for (int column = 1; column < 12; column++) {
			sheet.setColumnWidth(column, COLUMN_WIDTH);
		}
		Sheet written = new Sheet(sheet);
		written.line(title, this.bold);
		written.line(period, null);
		if (note != null) {
			written.line(note, null);
		}
		return written;
	}

	/**
	 * The workbook as the bytes of an XLSX file.
	 */
	byte[] bytes() {
		try (XSSFWorkbook closing = this.workbook; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			closing.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file as a download: the file name says what and when, never who.
	 */
	static ResponseEntity<byte[]> download(byte[] body, String filename) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/**
	 * A sheet being written, row after row.
	 */
	final class Sheet {

		private final XSSFSheet sheet;

		private int next;

		private Sheet(XSSFSheet sheet) {
			this.sheet = sheet;
		}

		/**
		 * A table after an empty row: its heading (none when {@code null}), a row of
		 * column headings, and the rows.
		 */
		Sheet table(String heading, List<String> headings, List<? extends List<?>> rows) {
			this.next++;
			if (heading != null) {
				line(heading, XlsxFile.this.bold);
			}
			Row header = this.sheet.createRow(this.next++);
			for (int i = 0; i < headings.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headings.get(i));
				cell.setCellStyle(XlsxFile.this.bold);
			}
			for (List<?> values : rows) {
				Row row = this.sheet.createRow(this.next++);
				for (int i = 0; i < values.size(); i++) {
					cell(row, i, values.get(i));
				}
			}
			return this;
		}

		private void line(String text, CellStyle style) {
			Cell cell = this.sheet.createRow(this.next++).createCell(0);
			cell.setCellValue(text);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}

		private void cell(Row row, int column, Object value) {
			if (value == null) {
				return;
			}
			Cell cell = row.createCell(column);
			if (value instanceof BigDecimal amount) {
				cell.setCellValue(amount.doubleValue());
				cell.setCellStyle(XlsxFile.this.money);
			}
			else if (value instanceof Number count) {
				cell.setCellValue(count.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(XlsxFile.this.date);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}

	}

}
