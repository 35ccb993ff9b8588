package kr.tipa.eval.authoring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.application.RndResult;
import kr.tipa.eval.domain.application.RndRole;
import kr.tipa.eval.domain.panel.PanelRole;
import kr.tipa.eval.i18n.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The intake workbook the agency fills in (or pastes the portal's export into): an applications sheet
 * with the Korean labels in the first row and the field keys in the second (the reader takes either
 * as the header and skips the key row), drop-downs for yes/no and codes, one example row per sheet
 * (marked {@value Table#EXAMPLE_MARK}, which the reader skips), the documents, panels, assignments and
 * 제척 sheets, and a short 안내 sheet in the user's language.
 */
public final class IntakeTemplate {

    /** Rows that carry drop-downs and text formats: far more than any round. */
    static final int ROWS = 5000;
    private static final String[] YES_NO = {"예", "아니오"};
    private static final int GUIDE_WIDTH = 110;

    private final Messages messages;

    public IntakeTemplate(Messages messages) {
        this.messages = messages;
    }

    /** Writes the template to {@code target} (atomically: a half-written workbook is never left). */
    public void write(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
        try {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temporary)) {
                Styles styles = new Styles(workbook);
                applications(workbook, styles);
                list(workbook, styles, DocumentColumns.DOCUMENTS_SHEET, DocumentColumns.DOCUMENTS,
                        List.of(Table.EXAMPLE_MARK + " 2024-EXP-0001", "PARTICIPATION_PLAN", "참가계획서.pdf"),
                        Map.of("type", codes(DocumentType.values())));
                list(workbook, styles, DocumentColumns.PANELS_SHEET, DocumentColumns.PANELS,
                        List.of(Table.EXAMPLE_MARK + " P1", "제1분과", "E01", "김평가", "한국대학교", "CHAIR", ""),
                        Map.of("role", codes(PanelRole.values())));
                list(workbook, styles, DocumentColumns.ASSIGNMENTS_SHEET, DocumentColumns.ASSIGNMENTS,
                        List.of(Table.EXAMPLE_MARK + " 2024-EXP-0001", "P1"), Map.of());
                list(workbook, styles, DocumentColumns.CONFLICTS_SHEET, DocumentColumns.CONFLICTS,
                        List.of(Table.EXAMPLE_MARK + " E01", "2024-EXP-0001", "신청기업 자문 이력"), Map.of());
                guide(workbook, styles);
                workbook.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void applications(XSSFWorkbook workbook, Styles styles) {
        List<Column> columns = new ArrayList<>(ApplicationColumns.columns());
        for (String section : ApplicationColumns.SECTION_ORDER) {
            columns.add(Column.optional(ApplicationColumns.PLAN_PREFIX + section, ApplicationColumns.SECTIONS.get(section)));
        }
        Sheet sheet = header(workbook, styles, DocumentColumns.APPLICATIONS_SHEET, columns);
        Row example = sheet.createRow(2);
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c).key();
            example.createCell(c).setCellValue(ApplicationExample.value(key));
            example.getCell(c).setCellStyle(styles.example);
            fit(sheet, c, columns.get(c).label(), key, ApplicationExample.value(key));
            if (ApplicationExample.isText(key)) {
                sheet.setDefaultColumnStyle(c, styles.text);
            }
        }
        for (int c = 0; c < ApplicationColumns.FIELDS.size(); c++) {
            ApplicationColumns.Field field = ApplicationColumns.FIELDS.get(c);
            switch (field.kind()) {
                case BOOL, OPTIONAL_BOOL -> dropDown(sheet, c, YES_NO);
                case CODE -> dropDown(sheet, c, field.codes() == RndRole.class ? codes(RndRole.values())
                        : codes(RndResult.values()));
                default -> {
                }
            }
            comment(workbook, sheet, c, field.key() + "\n" + messages.get("intake.template.hint." + field.kind().name()));
        }
    }

    private void list(XSSFWorkbook workbook, Styles styles, String name, List<Column> columns, List<String> example,
            Map<String, String[]> dropDowns) {
        Sheet sheet = header(workbook, styles, name, columns);
        Row row = sheet.createRow(2);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(example.get(c));
            row.getCell(c).setCellStyle(styles.example);
            fit(sheet, c, columns.get(c).label(), columns.get(c).key(), example.get(c));
            sheet.setDefaultColumnStyle(c, styles.text);
            String[] values = dropDowns.get(columns.get(c).key());
            if (values != null) {
                dropDown(sheet, c, values);
            }
            comment(workbook, sheet, c, columns.get(c).key());
        }
    }

    private static Sheet header(XSSFWorkbook workbook, Styles styles, String name, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row labels = sheet.createRow(0);
        Row keys = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            labels.createCell(c).setCellValue(columns.get(c).label());
            labels.getCell(c).setCellStyle(styles.label);
            keys.createCell(c).setCellValue(columns.get(c).key());
            keys.getCell(c).setCellStyle(styles.key);
        }
        sheet.createFreezePane(1, 2);
        return sheet;
    }

    private void guide(XSSFWorkbook workbook, Styles styles) {
        Sheet sheet = workbook.createSheet(DocumentColumns.GUIDE_SHEET);
        sheet.setColumnWidth(0, GUIDE_WIDTH * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(messages.get("intake.template.guide.title"));
        title.getCell(0).setCellStyle(styles.label);
        for (int i = 1; messages.has("intake.template.guide." + i); i++) {
            Row row = sheet.createRow(i + 1);
            String text = messages.get("intake.template.guide." + i, Table.EXAMPLE_MARK);
            row.createCell(0).setCellValue(text);
            row.getCell(0).setCellStyle(styles.wrap);
            // Spreadsheets do not grow a row for wrapped text written by a program: give it its lines.
            row.setHeightInPoints(16f * (1 + width(text) / GUIDE_WIDTH));
        }
    }

    /** Wide enough for the label, the key and the example (a Hangul syllable takes two widths). */
    private static void fit(Sheet sheet, int column, String... texts) {
        int widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(text));
        }
        sheet.setColumnWidth(column, Math.min(50, Math.max(10, widest + 2)) * 256);
    }

    private static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 2 : 1)
                .sum();
    }

    private static void dropDown(Sheet sheet, int column, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(2, ROWS, column, column));
        // A warning, not a stop: the reader also takes Y/N, O/X, true/false, and pasted values skip it anyway.
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void comment(XSSFWorkbook workbook, Sheet sheet, int column, String text) {
        var drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        var comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        sheet.getRow(0).getCell(column).setCellComment(comment);
    }

    private static String[] codes(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }

    /** The template's few styles: labels, the key row, the example row, text columns. */
    private static final class Styles {
        final CellStyle label;
        final CellStyle key;
        final CellStyle example;
        final CellStyle text;
        final CellStyle wrap;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName(kr.tipa.eval.excel.Styles.FONT);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label.setBorderBottom(BorderStyle.THIN);
            label.setWrapText(true);
            Font small = workbook.createFont();
            small.setItalic(true);
            small.setFontHeightInPoints((short) 8);
            small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            key = workbook.createCellStyle();
            key.setFont(small);
            short textFormat = workbook.createDataFormat().getFormat("@");
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example = workbook.createCellStyle();
            example.setFont(grey);
            example.setDataFormat(textFormat);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
        }
    }
}
