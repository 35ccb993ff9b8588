package kr.tipa.eval.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The cell styles of a printed evaluation document (Korean font, thin borders), and A4 print set-up. */
public final class Styles {

    /** Office's Korean font; LibreOffice substitutes a Korean font of the system when it is missing. */
    public static final String FONT = "맑은 고딕";

    public final CellStyle title;
    public final CellStyle plain;
    public final CellStyle label;
    public final CellStyle text;
    public final CellStyle textQuoted;
    public final CellStyle wrap;
    public final CellStyle wrapQuoted;
    public final CellStyle header;
    public final CellStyle number;
    public final CellStyle emphasis;
    public final CellStyle emphasisNumber;

    public Styles(Workbook workbook) {
        Font regular = font(workbook, false, 10);
        Font bold = font(workbook, true, 10);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, 15));
        plain = workbook.createCellStyle();
        plain.setFont(regular);
        plain.setWrapText(true);
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        label = bordered(workbook, bold);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook, regular);
        textQuoted = Cells.quoted(workbook, text);
        wrap = bordered(workbook, regular);
        wrap.setWrapText(true);
        wrapQuoted = Cells.quoted(workbook, wrap);
        header = bordered(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        number = bordered(workbook, regular);
        number.setAlignment(HorizontalAlignment.RIGHT);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
        emphasis = bordered(workbook, bold);
        emphasis.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        emphasis.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        emphasisNumber = bordered(workbook, bold);
        emphasisNumber.cloneStyleFrom(emphasis);
        emphasisNumber.setAlignment(HorizontalAlignment.RIGHT);
        emphasisNumber.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
    }

    private static Font font(Workbook workbook, boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** A4, fitted to the page width, with {@code headerRow} repeated at the top of every printed page. */
    public static void a4(Sheet sheet, boolean landscape, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }
}
