package kr.tipa.eval.excel.sheets;

/** Names shared by the writer and the reader of sheet workbooks. */
final class SheetWorkbookFormat {

    /** The very hidden sheet with the machine-readable copy, one JSON chunk per row of column A. */
    static final String DATA_SHEET = "tipa-eval-data";
    static final String FORMAT = "tipa-eval-sheets";
    static final int VERSION = 1;
    /** Excel holds at most 32,767 characters per cell. */
    static final int CHUNK = 30_000;

    private SheetWorkbookFormat() {
    }
}
