package kr.tipa.eval.authoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A grid read through its header: each column named by a field key or by the template's label. The
 * template's own key row (under the labels) and its example rows (first cell starting with
 * {@value #EXAMPLE_MARK}) are skipped; so are empty rows.
 */
final class Table {

    /** What the template writes at the start of each example row, and what tells the reader to skip it. */
    static final String EXAMPLE_MARK = "(예시)";

    /** One data row: its number as a spreadsheet shows it and its cells by key. */
    record Record(String file, int row, Map<String, Grid.Cell> cells) {

        Grid.Cell get(String key) {
            return cells.getOrDefault(key, Grid.Cell.EMPTY);
        }

        String text(String key) {
            return get(key).strip();
        }
    }

    private final Grid grid;
    private final Map<Integer, String> keys;
    private final List<Record> records;
    private final int examples;

    private Table(Grid grid, Map<Integer, String> keys, List<Record> records, int examples) {
        this.grid = grid;
        this.keys = keys;
        this.records = records;
        this.examples = examples;
    }

    String file() {
        return grid.file();
    }

    List<Record> records() {
        return records;
    }

    /** The template's example rows that were skipped. */
    int examples() {
        return examples;
    }

    /** The keys of the columns the header named, in their order. */
    List<String> keys() {
        return List.copyOf(keys.values());
    }

    /**
     * Reads a grid's header against {@code columns}; {@code extra} names further columns (e.g.
     * {@code plan.<SECTION>}) by header text, or gives null. Unknown, duplicate and missing columns are
     * faults; null only when the grid has no header at all.
     */
    static Table read(Grid grid, List<Column> columns, Function<String, String> extra, IntakeFaults faults) {
        List<Grid.Row> rows = grid.rows().stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            faults.add(grid.file(), 0, "", "intake.table.empty");
            return null;
        }
        Grid.Row header = rows.get(0);
        Map<String, String> byName = new HashMap<>();
        for (Column column : columns) {
            byName.put(normalise(column.key()), column.key());
            byName.put(normalise(column.label()), column.key());
        }
        Map<Integer, String> keys = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).strip();
            if (text.isEmpty()) {
                continue;
            }
            String key = Optional.ofNullable(byName.get(normalise(text))).orElseGet(() -> extra.apply(text));
            if (key == null) {
                faults.add(grid.file(), header.number(), text, "intake.header.unknown", Csv.column(c));
            } else if (keys.containsValue(key)) {
                faults.add(grid.file(), header.number(), key, "intake.header.duplicate", Csv.column(c));
            } else {
                keys.put(c, key);
            }
        }
        for (Column column : columns) {
            if (column.required() && !keys.containsValue(column.key())) {
                faults.add(grid.file(), header.number(), column.key(), "intake.header.missing", column.label());
            }
        }
        List<Record> records = new ArrayList<>();
        int examples = 0;
        for (int i = 1; i < rows.size(); i++) {
            Grid.Row row = rows.get(i);
            if (i == 1 && isKeyRow(row, keys)) {
                continue;
            }
            if (isExample(row)) {
                examples++;
                continue;
            }
            Map<String, Grid.Cell> cells = new LinkedHashMap<>();
            keys.forEach((c, key) -> cells.put(key, row.cell(c)));
            for (int c = 0; c < row.cells().size(); c++) {
                if (!keys.containsKey(c) && !row.cell(c).blank() && header.cell(c).strip().isEmpty()) {
                    faults.add(grid.file(), row.number(), Csv.column(c), "intake.cell.noHeader");
                }
            }
            records.add(new Record(grid.file(), row.number(), cells));
        }
        return new Table(grid, keys, records, examples);
    }

    /** The template's second row: the field keys under the labels. */
    private static boolean isKeyRow(Grid.Row row, Map<Integer, String> keys) {
        boolean any = false;
        for (int c = 0; c < row.cells().size(); c++) {
            String text = row.cell(c).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!text.equals(keys.get(c))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isExample(Grid.Row row) {
        return row.cells().stream().filter(c -> !c.blank()).findFirst()
                .map(c -> c.strip().startsWith(EXAMPLE_MARK)).orElse(false);
    }

    /** Headers compare in NFC, without case or runs of spaces: typed labels vary in those. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
