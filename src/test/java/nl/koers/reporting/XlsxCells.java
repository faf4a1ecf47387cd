package nl.koers.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded workbook's first sheet as rows of values, read with POI: a number as a
 * {@link Double}, anything else as its text, an empty cell as {@code null}.
 */
record XlsxCells(String sheetName, String title, List<List<Object>> rows) {

	static XlsxCells of(byte[] bytes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			List<List<Object>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<Object> values = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						values.add(cell == null ? null
								: cell.getCellType() == CellType.NUMERIC
										&& !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
												? (Object) cell.getNumericCellValue() : text.formatCellValue(cell));
					}
				}
				rows.add(values);
			}
			return new XlsxCells(sheet.getSheetName(), workbook.getProperties().getCoreProperties().getTitle(), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first row from {@code after} on whose first cell is {@code label}.
	 */
	List<Object> row(String label, int after) {
		for (int r = after; r < this.rows.size(); r++) {
			List<Object> row = this.rows.get(r);
			if (!row.isEmpty() && label.equals(row.get(0))) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + this.rows);
	}

	List<Object> row(String label) {
		return row(label, 0);
	}

	/**
	 * The index of the first row whose first cell is {@code label}.
	 */
	int indexOf(String label) {
		for (int r = 0; r < this.rows.size(); r++) {
			if (!this.rows.get(r).isEmpty() && label.equals(this.rows.get(r).get(0))) {
				return r;
			}
		}
		throw new AssertionError("no row " + label + " in " + this.rows);
	}

	/**
	 * Every cell's text, to check that something never appears.
	 */
	String text() {
		return this.rows.toString();
	}

}
