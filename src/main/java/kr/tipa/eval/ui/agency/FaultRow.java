package kr.tipa.eval.ui.agency;

import java.util.List;
import kr.tipa.eval.authoring.IntakeFault;
import kr.tipa.eval.i18n.Messages;

/**
 * One row of the fault table: the file (and sheet), the row as the spreadsheet numbers it (0 when the
 * fault is the file's as a whole), the column's key, and what was expected, in the user's language.
 */
public record FaultRow(String file, int row, String column, String message) {

    static FaultRow of(IntakeFault fault, Messages messages) {
        return new FaultRow(fault.file(), fault.row(), fault.column(), fault.message().render(messages));
    }

    /** The row number as shown: blank for a fault of the whole file. */
    public String rowText() {
        return row > 0 ? String.valueOf(row) : "";
    }

    /**
     * The rows as tab-separated text under a header line, as a spreadsheet pastes it: a tab or a line
     * break inside a value becomes a space, so that every fault stays on its own line.
     */
    public static String tsv(List<FaultRow> rows, Messages messages) {
        StringBuilder text = new StringBuilder();
        line(text, messages.get("agency.faults.col.file"), messages.get("agency.faults.col.row"),
                messages.get("agency.faults.col.column"), messages.get("agency.faults.col.message"));
        for (FaultRow row : rows) {
            line(text, row.file(), row.rowText(), row.column(), row.message());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(cells[i].replaceAll("[\\t\\r\\n]+", " "));
        }
        text.append('\n');
    }
}
