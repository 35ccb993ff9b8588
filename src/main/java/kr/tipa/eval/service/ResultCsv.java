package kr.tipa.eval.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.tipa.eval.model.ResultTable;

/**
 * {@code results --csv}: the result table as RFC 4180 text for the agency's own systems (cli.md, "Result
 * CSV"). UTF-8 with a byte-order mark, so that Excel opens the Korean names right; CRLF after every record,
 * the last included; a field is quoted (its quotes doubled) exactly when it holds a comma, a quote, a CR or
 * an LF. Values are written as they are — nothing is prefixed or trimmed — so a program reads back exactly
 * what the results hold; opened in a spreadsheet, a company name starting with {@code =} is the
 * spreadsheet's to treat as text (the signed workbook is the document for people).
 */
public final class ResultCsv {

    static final String BOM = "\uFEFF";
    static final String CRLF = "\r\n";

    private ResultCsv() {
    }

    public static byte[] bytes(ResultTable table) {
        StringBuilder text = new StringBuilder(BOM);
        record(text, ResultTable.HEADER);
        for (ResultTable.Row row : table.rows()) {
            record(text, row.fields());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append(CRLF);
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
