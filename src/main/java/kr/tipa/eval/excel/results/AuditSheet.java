package kr.tipa.eval.excel.results;

import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.model.AuditEntry;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 감사 기록: the audit entries exactly as given, one row each, with the start of each entry's hash so that
 * a printed page can be matched against {@code tipa-eval audit verify}.
 */
final class AuditSheet implements ResultSheet {

    static final int HASH_PREFIX = 16;
    private static final String[] COLUMNS = {
        "results.workbook.column.seq",
        "results.workbook.column.at",
        "results.workbook.column.actor",
        "results.workbook.column.action",
        "results.workbook.column.subject",
        "results.workbook.column.detail",
        "results.workbook.column.hash"
    };

    private final ResultContext context;
    private final Labels labels;
    private final int[] widths = {7, 19, 14, 22, 26, 60, 18};

    AuditSheet(ResultContext context) {
        this.context = context;
        this.labels = context.labels();
    }

    @Override
    public String name() {
        return labels.get("results.workbook.sheet.audit");
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().prepare(sheet, name(), widths, 1, true, 1);
    }

    @Override
    public void rows(Sheet sheet) {
        context.frame().writeTitle(sheet, name(), labels.get("results.workbook.audit.legend"));
        RowWriter header = new RowWriter(sheet, SheetFrame.TITLE_ROWS, context.styles(), false, widths).height(22);
        for (int c = 0; c < COLUMNS.length; c++) {
            header.text(c, labels.get(COLUMNS[c], String.valueOf(HASH_PREFIX)), Kind.HEADER);
        }
        int r = SheetFrame.TITLE_ROWS + 1;
        for (AuditEntry e : context.input().audit()) {
            String hash = e.hash() == null ? "" : e.hash().substring(0, Math.min(HASH_PREFIX, e.hash().length()));
            new RowWriter(sheet, r++, context.styles(), false, widths)
                    .number(0, e.seq(), Kind.INTEGER)
                    .dateTime(1, e.at(), labels.zone(), Kind.DATE_TIME_SECONDS)
                    .text(2, e.actor(), Kind.TEXT)
                    .text(3, e.action(), Kind.TEXT)
                    .text(4, e.subject(), Kind.TEXT)
                    .text(5, e.detailJson(), Kind.TEXT_WRAP)
                    .text(6, hash, Kind.TEXT);
        }
    }
}
