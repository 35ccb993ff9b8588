package kr.tipa.eval.excel.results;

import java.math.BigDecimal;
import java.util.List;
import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.model.ResultTable;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * {@code data}: the table of {@code results --csv} for a program to read without guessing — its first row
 * is the fixed header (the same in every language), one row per application under it, no title rows and
 * no merged cells. Numbers are number cells (composite with the programme's decimals, rank, evaluators),
 * everything else text, an empty cell where the CSV has an empty field.
 */
final class DataSheet implements ResultSheet {

    /** The same name in every language: programs look for it. */
    static final String NAME = "data";

    private static final int[] WIDTHS = {15, 8, 28, 14, 10, 14, 6, 16, 16, 16, 16, 16, 16, 10};

    private final ResultContext context;
    private final ResultTable table;

    DataSheet(ResultContext context) {
        this.context = context;
        this.table = ResultTable.of(context.input().results());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(Sheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        context.frame().pageHeader(sheet, NAME);
    }

    @Override
    public void rows(Sheet sheet) {
        Styles styles = context.styles();
        RowWriter header = new RowWriter(sheet, 0, styles);
        List<String> names = ResultTable.HEADER;
        for (int c = 0; c < names.size(); c++) {
            header.text(c, names.get(c), Kind.HEADER);
        }
        int r = 1;
        for (ResultTable.Row row : table.rows()) {
            RowWriter w = new RowWriter(sheet, r++, styles);
            w.text(0, row.receiptNo(), Kind.TEXT).text(1, row.panel(), Kind.TEXT).text(2, row.company(), Kind.TEXT)
                    .text(3, row.screening(), Kind.TEXT);
            w.number(4, row.composite().orElse(null), Kind.COMPOSITE).text(5, row.status(), Kind.TEXT);
            w.number(6, row.rank().map(BigDecimal::valueOf).orElse(null), Kind.INTEGER);
            for (int p = 0; p < row.packages().size(); p++) {
                w.text(ResultTable.FIRST_PACKAGE + p, row.packages().get(p), Kind.TEXT);
            }
            w.number(names.size() - 1, row.evaluators(), Kind.INTEGER);
        }
    }
}
