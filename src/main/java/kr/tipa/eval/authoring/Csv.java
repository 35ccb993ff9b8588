package kr.tipa.eval.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as RFC 4180 describes it: comma-separated, records ending in CRLF or LF, fields in
 * double quotes holding commas, line breaks and doubled quotes. UTF-8 only, with or without a byte
 * order mark: Korean Excel's plain "CSV" is CP949, which is refused with the way to save UTF-8 rather
 * than guessed at. A malformed file is a fault naming the row, not a half-read table.
 */
final class Csv {

    /** Far above any intake export (1,000 applications are well under 5 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Csv() {
    }

    /** The grid, or null after recording why the file cannot be read. */
    static Grid read(Path file, String name, IntakeFaults faults) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                faults.add(name, 0, "", "intake.file.tooLarge", MAX_BYTES / (1024 * 1024));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            faults.add(name, 0, "", "intake.file.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        String text = decode(bytes, name, faults);
        return text == null ? null : parse(text, name, faults);
    }

    private static String decode(byte[] bytes, String name, IntakeFaults faults) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            faults.add(name, lineOfFirstMalformed(bytes, start), "", "intake.csv.notUtf8");
            return null;
        }
    }

    /** The line holding the first byte that is not UTF-8, so the person can find it. */
    private static int lineOfFirstMalformed(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = start; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static Grid parse(String text, String name, IntakeFaults faults) {
        List<Grid.Row> rows = new ArrayList<>();
        List<Grid.Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int record = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                int close = quoted(text, i + 1, field);
                if (close < 0) {
                    faults.add(name, record, "", "intake.csv.unclosedQuote");
                    return null;
                }
                i = close + 1;
                fieldStarted = true;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    faults.add(name, record, "", "intake.csv.afterQuote", column(cells.size()));
                    return null;
                }
                continue;
            }
            if (c == ',') {
                cells.add(Grid.Cell.text(field.toString()));
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(Grid.Cell.text(field.toString()));
                field.setLength(0);
                fieldStarted = false;
                rows.add(new Grid.Row(record++, cells));
                cells = new ArrayList<>();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !cells.isEmpty()) {
            cells.add(Grid.Cell.text(field.toString()));
            rows.add(new Grid.Row(record, cells));
        }
        return new Grid(name, rows);
    }

    /** Reads a quoted field's content from {@code from} into {@code field}; the closing quote's index, or -1. */
    private static int quoted(String text, int from, StringBuilder field) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i;
            }
            field.append(c);
            i++;
        }
        return -1;
    }

    /** A column as a spreadsheet names it: A … Z, AA … */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            name.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return name.toString();
    }
}
