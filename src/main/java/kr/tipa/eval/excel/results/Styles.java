package kr.tipa.eval.excel.results;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of a result workbook or appeal pack, made up front: a deferred (streaming) workbook
 * writes its style table before it generates a single row, so no style may be made while rows are.
 * Each kind comes in four variants: plain, quote-prefixed (text a spreadsheet would otherwise read as a
 * formula), with the capacity line below, and both.
 */
final class Styles {

    /** Korean-capable on every Windows since Vista; elsewhere the family and charset let the viewer pick one. */
    static final String FONT = "맑은 고딕";
    static final short FONT_POINTS = 10;

    enum Kind {
        TITLE, SUBTITLE, BANNER, LEGEND, HEADER, LABEL, TEXT, TEXT_WRAP, TEXT_CENTER, SELECTED, ALERT,
        INTEGER, SCORE, SCORE_DROPPED, COMPOSITE, COMPOSITE_LEFT, DATE_TIME, DATE_TIME_SECONDS;

        /** Whether text in this style wraps (and so may need a taller row). */
        boolean wraps() {
            return this == HEADER || this == TEXT_WRAP || this == TEXT_CENTER;
        }
    }

    private static final int QUOTED = 1;
    private static final int LINE = 2;

    private final Map<Kind, CellStyle[]> styles = new EnumMap<>(Kind.class);

    /**
     * @param compositeScale decimals of 종합평점 (the programme's rounding scale)
     * @param scoreScale     decimals a score can have (those of the rubric's step)
     */
    Styles(Workbook workbook, int compositeScale, int scoreScale) {
        korean(workbook.getFontAt(0), false);
        DataFormat formats = workbook.createDataFormat();
        Font plain = font(workbook, false, false, IndexedColors.AUTOMATIC, FONT_POINTS);
        Font bold = font(workbook, true, false, IndexedColors.AUTOMATIC, FONT_POINTS);
        Font struck = font(workbook, false, true, IndexedColors.GREY_50_PERCENT, FONT_POINTS);
        Font red = font(workbook, true, false, IndexedColors.RED, FONT_POINTS);
        Font title = font(workbook, true, false, IndexedColors.AUTOMATIC, (short) 14);
        Font banner = font(workbook, true, false, IndexedColors.RED, (short) 12);
        Font legend = font(workbook, false, false, IndexedColors.GREY_50_PERCENT, (short) 9);
        for (Kind kind : Kind.values()) {
            CellStyle base = workbook.createCellStyle();
            base.setFont(plain);
            base.setVerticalAlignment(VerticalAlignment.CENTER);
            switch (kind) {
                case TITLE -> base.setFont(title);
                case SUBTITLE -> { }
                case BANNER -> {
                    base.setFont(banner);
                    fill(base, IndexedColors.LIGHT_YELLOW);
                }
                case LEGEND -> {
                    base.setFont(legend);
                    base.setWrapText(true);
                }
                case HEADER -> {
                    base.setFont(bold);
                    fill(base, IndexedColors.GREY_25_PERCENT);
                    base.setAlignment(HorizontalAlignment.CENTER);
                    base.setWrapText(true);
                    border(base);
                }
                case LABEL -> {
                    base.setFont(bold);
                    fill(base, IndexedColors.GREY_25_PERCENT);
                    border(base);
                }
                case TEXT -> border(base);
                case TEXT_WRAP -> {
                    base.setWrapText(true);
                    base.setVerticalAlignment(VerticalAlignment.TOP);
                    border(base);
                }
                case TEXT_CENTER -> {
                    base.setAlignment(HorizontalAlignment.CENTER);
                    base.setWrapText(true);
                    border(base);
                }
                case SELECTED -> {
                    base.setFont(bold);
                    base.setAlignment(HorizontalAlignment.CENTER);
                    fill(base, IndexedColors.LIGHT_GREEN);
                    border(base);
                }
                case ALERT -> {
                    base.setFont(red);
                    base.setAlignment(HorizontalAlignment.CENTER);
                    border(base);
                }
                case INTEGER -> number(base, formats, "0");
                case SCORE -> number(base, formats, decimals(scoreScale));
                case SCORE_DROPPED -> {
                    number(base, formats, decimals(scoreScale));
                    base.setFont(struck);
                    fill(base, IndexedColors.GREY_25_PERCENT);
                }
                case COMPOSITE -> {
                    number(base, formats, decimals(compositeScale));
                    base.setFont(bold);
                }
                case COMPOSITE_LEFT -> {
                    number(base, formats, decimals(compositeScale));
                    base.setFont(bold);
                    base.setAlignment(HorizontalAlignment.LEFT);
                }
                case DATE_TIME -> number(base, formats, "yyyy-mm-dd hh:mm");
                case DATE_TIME_SECONDS -> number(base, formats, "yyyy-mm-dd hh:mm:ss");
                default -> throw new IllegalStateException(kind.name());
            }
            CellStyle[] variants = new CellStyle[4];
            for (int v = 0; v < variants.length; v++) {
                CellStyle style = v == 0 ? base : workbook.createCellStyle();
                if (v > 0) {
                    style.cloneStyleFrom(base);
                }
                style.setQuotePrefixed((v & QUOTED) != 0);
                if ((v & LINE) != 0) {
                    style.setBorderBottom(BorderStyle.THICK);
                    style.setBottomBorderColor(IndexedColors.DARK_RED.getIndex());
                }
                variants[v] = style;
            }
            styles.put(kind, variants);
        }
    }

    CellStyle get(Kind kind, boolean quoted, boolean lineBelow) {
        return styles.get(kind)[(quoted ? QUOTED : 0) | (lineBelow ? LINE : 0)];
    }

    /** "0", "0.0", "0.00", … */
    static String decimals(int scale) {
        return scale <= 0 ? "0" : "0." + "0".repeat(scale);
    }

    private static Font font(Workbook workbook, boolean bold, boolean strikeout, IndexedColors color, short points) {
        Font font = workbook.createFont();
        korean(font, true);
        font.setBold(bold);
        font.setStrikeout(strikeout);
        font.setColor(color.getIndex());
        font.setFontHeightInPoints(points);
        return font;
    }

    /**
     * The name alone is not enough where 맑은 고딕 is missing (LibreOffice on Linux): the Hangul charset
     * and the sans-serif family let the viewer substitute a Korean sans font instead of boxes. The theme
     * scheme is removed, or Excel would show the theme's Latin font instead of the one named here.
     */
    private static void korean(Font font, boolean sized) {
        font.setFontName(FONT);
        if (!sized) {
            font.setFontHeightInPoints(FONT_POINTS);
        }
        if (font instanceof XSSFFont xssf) {
            xssf.setCharSet(FontCharset.HANGUL);
            xssf.setFamily(FontFamily.SWISS);
            xssf.setScheme(FontScheme.NONE);
        }
    }

    private static void number(CellStyle style, DataFormat formats, String format) {
        style.setDataFormat(formats.getFormat(format));
        border(style);
    }

    private static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
