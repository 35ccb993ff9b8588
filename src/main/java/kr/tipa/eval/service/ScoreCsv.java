package kr.tipa.eval.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.i18n.Localizable;

/**
 * Scores typed elsewhere (cli.md {@code scores load}): a CSV with the header
 * {@code receiptNo,indicatorId,score[,comment]}, RFC 4180 quoting, UTF-8 with or without BOM.
 * Reading collects every malformed line; nothing is judged against a round here.
 */
public final class ScoreCsv {

    /** One data line. */
    public record Row(int line, String receiptNo, String indicatorId, BigDecimal score, String comment) {
    }

    /** A whole file read: its name, the SHA-256 of its bytes (what a proxy entry records), and its rows. */
    public record Parsed(String fileName, String sha256, List<Row> rows) {
        public Parsed {
            rows = List.copyOf(rows);
        }
    }

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private ScoreCsv() {
    }

    /** Reads {@code file}, hashing exactly the bytes the rows were read from. */
    public static Parsed read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            // the parser reads to the end of the file before it returns rows, so every byte is in the digest
            List<Row> rows = read(name, in);
            return new Parsed(name, HexFormat.of().formatHex(digest.digest()), rows);
        }
    }

    /** The rows, or a refusal naming the file, each bad line and field. */
    public static List<Row> read(String fileName, InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Localizable> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new java.io.BufferedInputStream(in) {
                    private long count;

                    @Override
                    public synchronized int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        count += Math.max(n, 0);
                        if (count > MAX_BYTES) {
                            throw new IOException("csv too large");
                        }
                        return n;
                    }
                }, decoder))) {
            List<List<String>> records = records(reader);
            if (records.isEmpty()) {
                throw new RefusedException("scores.csv.empty", fileName);
            }
            List<String> header = records.get(0);
            if (!header.isEmpty()) {
                header.set(0, header.get(0).replace("\uFEFF", ""));
            }
            List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!(names.equals(List.of("receiptno", "indicatorid", "score"))
                    || names.equals(List.of("receiptno", "indicatorid", "score", "comment")))) {
                throw new RefusedException("scores.csv.header", fileName, String.join(",", header));
            }
            for (int i = 1; i < records.size(); i++) {
                List<String> fields = records.get(i);
                int line = i + 1;
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (fields.size() < 3 || fields.size() > header.size()) {
                    problems.add(Localizable.of("scores.csv.fields", fileName, line, fields.size()));
                    continue;
                }
                String receipt = fields.get(0).strip();
                String indicator = fields.get(1).strip();
                String scoreText = fields.get(2).strip();
                BigDecimal score = null;
                try {
                    score = new BigDecimal(scoreText);
                } catch (NumberFormatException e) {
                    problems.add(Localizable.of("scores.csv.number", fileName, line, scoreText));
                }
                if (receipt.isEmpty()) {
                    problems.add(Localizable.of("scores.csv.blank", fileName, line, "receiptNo"));
                }
                if (indicator.isEmpty()) {
                    problems.add(Localizable.of("scores.csv.blank", fileName, line, "indicatorId"));
                }
                if (score != null && !receipt.isEmpty() && !indicator.isEmpty()) {
                    rows.add(new Row(line, receipt, indicator, score, fields.size() > 3 ? fields.get(3) : ""));
                }
            }
        } catch (CharacterCodingException e) {
            throw new RefusedException("scores.csv.encoding", fileName);
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        if (rows.isEmpty()) {
            throw new RefusedException("scores.csv.empty", fileName);
        }
        return rows;
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> records(BufferedReader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
            }
        }
        if (any) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
