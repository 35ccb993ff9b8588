package kr.tipa.eval.excel.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.excel.Cells;
import kr.tipa.eval.excel.Styles;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One evaluator's score sheets for a round as a workbook laid out like the printed evaluation sheets:
 * a cover, one 평가표 per application (A4, header rows repeated), a summary, a signature block, and the
 * machine-readable copy the chair's import reads back. Unsigned: the caller signs the file.
 */
public final class SheetWorkbookWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;

    public SheetWorkbookWriter(Messages messages) {
        this.messages = messages;
    }

    public void write(SheetExport export, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            cover(workbook.createSheet(messages.get("sheets.sheet.cover")), export, styles);
            summary(workbook.createSheet(messages.get("sheets.sheet.summary")), export, styles);
            Set<String> names = new HashSet<>();
            for (SheetExport.Entry entry : export.sheets()) {
                String name = uniqueName(messages.get("sheets.sheet.application", entry.receiptNo()), names);
                application(workbook.createSheet(name), export, entry, styles);
            }
            data(workbook, export);
            workbook.write(out);
        }
    }

    private void cover(Sheet sheet, SheetExport e, Styles s) {
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        int r = 0;
        Cells.text(sheet.createRow(r++), 0, messages.get("sheets.cover.title"), s.title, s.title);
        r++;
        r = pair(sheet, r, "sheets.cover.program", e.programName() + " (" + e.programCode() + ")", s);
        r = pair(sheet, r, "sheets.cover.bundle", e.bundleId(), s);
        r = pair(sheet, r, "sheets.cover.evaluator", e.evaluator().name() + " (" + e.evaluator().id() + ")", s);
        r = pair(sheet, r, "sheets.cover.affiliation", e.evaluator().affiliation(), s);
        r = pair(sheet, r, "sheets.cover.pledge", e.pledgeAcceptedAt().map(this::time)
                .orElse(messages.get("sheets.cover.noPledge")), s);
        StringBuilder conflicts = new StringBuilder();
        for (Conflict c : e.conflicts()) {
            conflicts.append(c.receiptNo()).append(": ").append(c.reason()).append(" (").append(time(c.declaredAt()))
                    .append(")\n");
        }
        r = pair(sheet, r, "sheets.cover.conflicts",
                conflicts.isEmpty() ? messages.get("sheets.cover.none") : conflicts.toString().strip(), s);
        r = pair(sheet, r, "sheets.cover.seq", Integer.toString(e.seq()), s);
        r = pair(sheet, r, "sheets.cover.exportedAt", time(e.exportedAt()), s);
        r = pair(sheet, r, "sheets.cover.count", Integer.toString(e.sheets().size()), s);
        r++;
        signature(sheet, r, e, s);
        Styles.a4(sheet, false, -1);
    }

    private int pair(Sheet sheet, int r, String key, String value, Styles s) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, messages.get(key), s.label, s.label);
        Cells.text(row, 1, value, s.wrap, s.wrapQuoted);
        return r + 1;
    }

    /** The visible signature block: who signed, when, and the certificate (subject, issuer, fingerprint). */
    private int signature(Sheet sheet, int r, SheetExport e, Styles s) {
        Cells.text(sheet.createRow(r++), 0, messages.get("sheets.signature.title"), s.label, s.label);
        r = pair(sheet, r, "sheets.signature.name", e.evaluator().name(), s);
        r = pair(sheet, r, "sheets.signature.date", time(e.exportedAt()), s);
        r = pair(sheet, r, "sheets.signature.subject", e.certificateSubject(), s);
        r = pair(sheet, r, "sheets.signature.issuer", e.certificateIssuer(), s);
        r = pair(sheet, r, "sheets.signature.fingerprint", e.fingerprint(), s);
        Row note = sheet.createRow(r++);
        Cells.text(note, 0, messages.get("sheets.signature.note"), s.wrap, s.wrap);
        sheet.addMergedRegion(new CellRangeAddress(note.getRowNum(), note.getRowNum(), 0, 1));
        note.setHeightInPoints(30);
        return r;
    }

    private void summary(Sheet sheet, SheetExport e, Styles s) {
        Row header = sheet.createRow(0);
        int c = 0;
        Cells.text(header, c++, messages.get("sheets.col.receiptNo"), s.header, s.header);
        Cells.text(header, c++, messages.get("sheets.col.company"), s.header, s.header);
        for (RubricCategory category : e.rubric().categories()) {
            Cells.text(header, c++, category.name() + " (" + Decimals.plain(category.maxPoints()) + ")", s.header, s.header);
        }
        Cells.text(header, c++, messages.get("sheets.col.total"), s.header, s.header);
        Cells.text(header, c++, messages.get("sheets.col.version"), s.header, s.header);
        Cells.text(header, c, messages.get("sheets.col.submittedAt"), s.header, s.header);
        int r = 1;
        for (SheetExport.Entry entry : e.sheets()) {
            Row row = sheet.createRow(r++);
            c = 0;
            Cells.text(row, c++, entry.receiptNo(), s.text, s.textQuoted);
            Cells.text(row, c++, entry.company(), s.text, s.textQuoted);
            for (RubricCategory category : e.rubric().categories()) {
                Cells.number(row, c++, entry.sheet().subtotal(category).doubleValue(), s.number);
            }
            Cells.number(row, c++, entry.sheet().total().doubleValue(), s.emphasisNumber);
            Cells.number(row, c++, entry.sheet().version(), s.number);
            Cells.text(row, c, time(entry.sheet().submittedAt()), s.text, s.text);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        for (int i = 2; i < c; i++) {
            sheet.setColumnWidth(i, 13 * 256);
        }
        sheet.setColumnWidth(c, 20 * 256);
        sheet.createFreezePane(0, 1);
        r++;
        signature(sheet, r, e, s);
        Styles.a4(sheet, true, 0);
    }

    private void application(Sheet sheet, SheetExport e, SheetExport.Entry entry, Styles s) {
        ScoreSheet scores = entry.sheet();
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        sheet.setColumnWidth(2, 7 * 256);
        sheet.setColumnWidth(3, 7 * 256);
        sheet.setColumnWidth(4, 40 * 256);
        int r = 0;
        Cells.text(sheet.createRow(r++), 0, messages.get("sheets.application.title", entry.company()), s.title,
                s.title);
        r = line(sheet, r, messages.get("sheets.application.info", entry.receiptNo(), e.evaluator().name(),
                scores.version(), time(scores.submittedAt())), s);
        int headerRow = r;
        Row header = sheet.createRow(r++);
        String[] columns = {"sheets.col.category", "sheets.col.indicator", "sheets.col.max", "sheets.col.score",
            "sheets.col.comment"};
        for (int i = 0; i < columns.length; i++) {
            Cells.text(header, i, messages.get(columns[i]), s.header, s.header);
        }
        for (RubricCategory category : e.rubric().categories()) {
            int first = r;
            for (Indicator indicator : category.indicators()) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, category.name(), s.wrap, s.wrap);
                Cells.text(row, 1, indicator.text(), s.wrap, s.wrapQuoted);
                Cells.number(row, 2, indicator.maxPoints().doubleValue(), s.number);
                BigDecimal value = scores.value(indicator.id()).orElse(BigDecimal.ZERO);
                Cells.number(row, 3, value.doubleValue(), s.number);
                Cells.text(row, 4, scores.comment(indicator.id()), s.wrap, s.wrapQuoted);
            }
            if (r - first > 1) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            }
            Row subtotal = sheet.createRow(r++);
            Cells.text(subtotal, 0, messages.get("sheets.row.subtotal", category.name()), s.emphasis, s.emphasis);
            Cells.text(subtotal, 1, "", s.emphasis, s.emphasis);
            Cells.number(subtotal, 2, category.maxPoints().doubleValue(), s.emphasisNumber);
            Cells.number(subtotal, 3, scores.subtotal(category).doubleValue(), s.emphasisNumber);
            Cells.text(subtotal, 4, "", s.emphasis, s.emphasis);
            sheet.addMergedRegion(new CellRangeAddress(subtotal.getRowNum(), subtotal.getRowNum(), 0, 1));
        }
        Row total = sheet.createRow(r++);
        Cells.text(total, 0, messages.get("sheets.row.total"), s.emphasis, s.emphasis);
        Cells.text(total, 1, "", s.emphasis, s.emphasis);
        Cells.number(total, 2, e.rubric().maxTotal().doubleValue(), s.emphasisNumber);
        Cells.number(total, 3, scores.total().doubleValue(), s.emphasisNumber);
        Cells.text(total, 4, "", s.emphasis, s.emphasis);
        sheet.addMergedRegion(new CellRangeAddress(total.getRowNum(), total.getRowNum(), 0, 1));
        Row opinionLabel = sheet.createRow(r++);
        Cells.text(opinionLabel, 0, messages.get("sheets.row.opinion"), s.label, s.label);
        Row opinion = sheet.createRow(r++);
        Cells.text(opinion, 0, scores.overallOpinion(), s.wrap, s.wrapQuoted);
        sheet.addMergedRegion(new CellRangeAddress(opinion.getRowNum(), opinion.getRowNum(), 0, 4));
        opinion.setHeightInPoints(Math.max(45, 15 * (1 + scores.overallOpinion().length() / 80)));
        r++;
        line(sheet, r, messages.get("sheets.application.signed", e.evaluator().name(), time(e.exportedAt()),
                e.fingerprint()), s);
        sheet.createFreezePane(0, headerRow + 1);
        Styles.a4(sheet, false, headerRow);
    }

    /** A line of text across the sheet's five columns, wrapped so that it never widens the printed page. */
    private int line(Sheet sheet, int r, String text, Styles s) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, text, s.plain, s.plain);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
        row.setHeightInPoints(28);
        return r + 1;
    }

    /** The machine-readable copy, split into cells (Excel caps a cell at 32,767 characters), very hidden. */
    private static void data(XSSFWorkbook workbook, SheetExport e) {
        Sheet sheet = workbook.createSheet(SheetWorkbookFormat.DATA_SHEET);
        sheet.createRow(0).createCell(0).setCellValue(SheetWorkbookFormat.FORMAT);
        sheet.getRow(0).createCell(1).setCellValue(SheetWorkbookFormat.VERSION);
        String data = e.data();
        int r = 1;
        for (int i = 0; i < data.length(); i += SheetWorkbookFormat.CHUNK) {
            sheet.createRow(r++).createCell(0).setCellValue(data.substring(i, Math.min(data.length(),
                    i + SheetWorkbookFormat.CHUNK)));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
    }
}
