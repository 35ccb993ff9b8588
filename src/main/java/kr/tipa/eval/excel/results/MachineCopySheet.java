package kr.tipa.eval.excel.results;

import kr.tipa.eval.excel.results.Styles.Kind;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The machine-readable copy of a panel's result (JSON), as the score-sheet workbook carries its own: a very
 * hidden sheet, {@link #FORMAT} in A1, the text cut into cells of column A from row 2 (a cell holds at most
 * 32,767 characters). The workbook's signature covers it like every other part.
 */
final class MachineCopySheet implements ResultSheet {

    static final String NAME = "tipa-eval-results";
    static final String FORMAT = "tipa-eval-results";
    static final int CHUNK = 30_000;

    private final ResultContext context;
    private final String text;

    MachineCopySheet(ResultContext context, String text) {
        this.context = context;
        this.text = text;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().pageHeader(sheet, NAME);
    }

    @Override
    public void rows(Sheet sheet) {
        Styles styles = context.styles();
        new RowWriter(sheet, 0, styles).text(0, FORMAT, Kind.TEXT).number(1, 1, Kind.INTEGER);
        int r = 1;
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + CHUNK);
            // never split a surrogate pair between two cells
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            new RowWriter(sheet, r++, styles).text(0, text.substring(i, end), Kind.TEXT);
            i = end;
        }
    }
}
