package kr.tipa.eval.excel.sheets;

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

/** Reads the machine-readable copy back out of a sheet workbook (after its signature was verified). */
public final class SheetWorkbookReader {

    private SheetWorkbookReader() {
    }

    /** The embedded JSON, or empty when the workbook is not a tipa-eval sheet workbook. */
    public static Optional<String> data(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(SheetWorkbookFormat.DATA_SHEET);
            if (sheet == null || sheet.getRow(0) == null || !SheetWorkbookFormat.FORMAT.equals(text(sheet.getRow(0)))) {
                return Optional.empty();
            }
            StringBuilder data = new StringBuilder();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    data.append(text(row));
                }
            }
            return Optional.of(data.toString());
        }
    }

    private static String text(Row row) {
        Cell cell = row.getCell(0);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
