package kr.tipa.eval.excel.results;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of the result workbook. It is laid out (widths, merges, print set-up) when the workbook is
 * built, and its rows are generated only while the workbook is written, straight into the file, so that a
 * round of any size never sits in memory as cells, nor in a temporary file.
 */
interface ResultSheet {

    /** The sheet's tab name, in the workbook's language. */
    String name();

    /** Everything except rows; called before any sheet generates rows. */
    void prepare(Sheet sheet);

    /** The rows, top to bottom (title block first). */
    void rows(Sheet sheet);
}
