package kr.tipa.eval.excel.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the machine copy back out of a result workbook (after its signature was verified). */
public final class MachineCopyReader {

    private MachineCopyReader() {
    }

    /** The embedded text, or empty when the workbook carries none (no panel's result, or not ours). */
    public static Optional<String> read(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(MachineCopySheet.NAME);
            if (sheet == null || sheet.getRow(0) == null || !MachineCopySheet.FORMAT.equals(text(sheet.getRow(0)))) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    text.append(text(row));
                }
            }
            return Optional.of(text.toString());
        }
    }

    private static String text(Row row) {
        Cell cell = row.getCell(0);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
