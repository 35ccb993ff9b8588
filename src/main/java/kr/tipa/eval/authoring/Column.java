package kr.tipa.eval.authoring;

/**
 * A column of an intake sheet: the field key a header may name it by, and the Korean label the
 * template shows (a header may name it by either). The labels are part of the file format, not screen
 * text: a workbook filled in Korean must read the same whatever language the reader runs in.
 *
 * @param required whether the sheet must have the column (not whether each cell must be filled)
 */
record Column(String key, String label, boolean required) {

    static Column of(String key, String label) {
        return new Column(key, label, true);
    }

    static Column optional(String key, String label) {
        return new Column(key, label, false);
    }
}
