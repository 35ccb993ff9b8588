package kr.tipa.eval.authoring;

import java.util.Objects;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.i18n.Messages;

/**
 * One fault of a round's inputs, as a row of the table the agency fixes them from: the file (and
 * sheet), the row as a spreadsheet shows it (1 is the header; 0 when the fault is the file's as a
 * whole), the column's field key (or the header as written, or empty), and what was expected.
 */
public record IntakeFault(String file, int row, String column, Localizable message) {

    public IntakeFault {
        Objects.requireNonNull(file, "file");
        column = column == null ? "" : column;
        Objects.requireNonNull(message, "message");
    }

    public String render(Messages messages) {
        String where;
        if (row > 0 && !column.isEmpty()) {
            where = messages.get("intake.fault.rowColumn", file, row, column);
        } else if (row > 0) {
            where = messages.get("intake.fault.row", file, row);
        } else if (!column.isEmpty()) {
            where = messages.get("intake.fault.column", file, column);
        } else {
            where = file;
        }
        return where + ": " + message.render(messages);
    }
}
