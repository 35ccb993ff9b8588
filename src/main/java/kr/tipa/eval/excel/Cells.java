package kr.tipa.eval.excel;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writing cells safely: text that a spreadsheet could read as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return at the start) is stored as a string with the quote prefix, so that
 * Excel and LibreOffice keep it text; numbers are stored as numbers.
 */
public final class Cells {

    private static final Pattern FORMULA_LIKE = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private Cells() {
    }

    public static boolean looksLikeFormula(String text) {
        return text != null && FORMULA_LIKE.matcher(text).matches();
    }

    /** A string cell; {@code quoted} is the same style with the quote prefix, used for formula-like text. */
    public static Cell text(Row row, int column, String value, CellStyle style, CellStyle quoted) {
        Cell cell = row.createCell(column);
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? quoted : style);
        return cell;
    }

    public static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A copy of {@code style} with the quote prefix set. */
    public static CellStyle quoted(Workbook workbook, CellStyle style) {
        CellStyle quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(style);
        quoted.setQuotePrefixed(true);
        return quoted;
    }
}
