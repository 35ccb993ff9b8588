package kr.tipa.eval.authoring;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A sheet of cells as read from a CSV file or a workbook sheet, before any column means anything.
 *
 * @param file how faults name it: the file, and the sheet for a workbook
 */
record Grid(String file, List<Row> rows) {

    Grid {
        rows = List.copyOf(rows);
    }

    /** One row; {@code number} is the row as a spreadsheet shows it (the header is 1). */
    record Row(int number, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }
    }

    /**
     * One cell: its text as shown, and, for a workbook's real date or boolean cell, that value.
     *
     * @param date    the cell's date and time when it is a date cell of a workbook; null otherwise
     * @param bool    the cell's value when it is a boolean cell of a workbook; null otherwise
     */
    record Cell(String text, LocalDateTime date, Boolean bool) {

        static final Cell EMPTY = new Cell("", null, null);

        static Cell text(String text) {
            return new Cell(text, null, null);
        }

        String strip() {
            return text.strip();
        }

        boolean blank() {
            return text.isBlank() && date == null && bool == null;
        }
    }
}
