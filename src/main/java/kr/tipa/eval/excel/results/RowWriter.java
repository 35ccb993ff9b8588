package kr.tipa.eval.excel.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import kr.tipa.eval.excel.results.Styles.Kind;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way cells are written in this package. Numbers become NUMERIC cells, times date-formatted
 * NUMERIC cells, and every string goes through {@link #text}: company names, comments and reasons come
 * from outside (an applicant typed them), so a string that a spreadsheet would read as a formula is kept
 * as a string cell and marked quote-prefixed, which makes Excel and LibreOffice show it — and keep it,
 * when someone edits the cell — as text.
 */
final class RowWriter {

    private static final Logger LOG = LoggerFactory.getLogger(RowWriter.class);
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** What Excel, LibreOffice and Google Sheets take as the start of a formula (or DDE) when typed. */

    /** Points per line of the 10-point font, and the row's padding. */
    private static final float LINE = 13f;
    private static final float PADDING = 3f;

    private final Row row;
    private final Styles styles;
    private final boolean lineBelow;
    private final int[] widths;

    /**
     * @param widths the sheet's column widths in characters, so that wrapped text makes its row tall
     *               enough: neither Excel nor LibreOffice grows a row on opening a file; null for none
     */
    RowWriter(Sheet sheet, int index, Styles styles, boolean lineBelow, int[] widths) {
        this.row = sheet.createRow(index);
        this.styles = styles;
        this.lineBelow = lineBelow;
        this.widths = widths;
    }

    RowWriter(Sheet sheet, int index, Styles styles) {
        this(sheet, index, styles, false, null);
    }

    /** One rule for every workbook we write (see {@link kr.tipa.eval.excel.Cells}). */
    static boolean formulaLike(String value) {
        return kr.tipa.eval.excel.Cells.looksLikeFormula(value);
    }

    RowWriter text(int column, String value, Kind kind) {
        String text = value == null ? "" : fit(value);
        boolean quoted = formulaLike(text);
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(kind, quoted, lineBelow));
        cell.setCellValue(text);
        if (widths != null && column < widths.length && kind.wraps()) {
            int lines = lines(text, widths[column]);
            if (lines > 1) {
                height(Math.max(row.getHeightInPoints(), lines * LINE + PADDING));
            }
        }
        return this;
    }

    /**
     * How many lines the text takes in a column so wide, in tenths of a character width: a Hangul or
     * other wide glyph is about 1.7 (Excel's 맑은 고딕 nearer 1.9, LibreOffice's substitutes nearer 1.4),
     * anything else about 0.9; a cell keeps about one character of margin. Erring either way costs
     * little: a little white space, or a last line cut that widening the row shows.
     */
    static int lines(String text, int widthChars) {
        int usable = Math.max(10, (widthChars - 1) * 10);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); i++) {
                width += wide(line.charAt(i)) ? 17 : 9;
            }
            lines += Math.max(1, (width + usable - 1) / usable);
        }
        return lines;
    }

    private static boolean wide(char c) {
        return c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3')
                || (c >= '\uf900' && c <= '\ufaff') || (c >= '\uff00' && c <= '\uff60'));
    }

    /** A NUMERIC cell; a missing value is a blank cell in the same style (a column never mixes in text). */
    RowWriter number(int column, BigDecimal value, Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(kind, false, lineBelow));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    RowWriter number(int column, long value, Kind kind) {
        return number(column, BigDecimal.valueOf(value), kind);
    }

    /** The instant as the wall-clock time of {@code zone}: a spreadsheet date has no zone of its own. */
    RowWriter dateTime(int column, Instant at, ZoneId zone, Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(kind, false, lineBelow));
        if (at != null) {
            cell.setCellValue(LocalDateTime.ofInstant(at, zone));
        }
        return this;
    }

    RowWriter blank(int column, Kind kind) {
        row.createCell(column).setCellStyle(styles.get(kind, false, lineBelow));
        return this;
    }

    RowWriter height(float points) {
        row.setHeightInPoints(points);
        return this;
    }

    /** Excel refuses a cell over 32,767 characters; a longer comment is cut, visibly, rather than lost whole. */
    private static String fit(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        LOG.warn("a text of {} characters was cut to the {} a cell can hold", value.length(), MAX_TEXT);
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
