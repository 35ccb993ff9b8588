package kr.tipa.eval.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A bundle's JSON files from their bytes: strict UTF-8, then the strict parser; faults as problems. */
final class JsonText {

    private JsonText() {
    }

    /**
     * A JSON file's text. JSON exchanged between systems is UTF-8 (RFC 8259, section 8.1), so the
     * bytes are decoded strictly as UTF-8 and nothing else: the parser must not guess UTF-16 or
     * UTF-32 from the first bytes, since the text kept in the database is this decoded text. A
     * leading byte order mark is dropped, as the RFC allows a parser to do. Null after recording a
     * problem.
     */
    static String utf8(String file, byte[] bytes, Problems problems) {
        if (bytes == null) {
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(file, "", "bundle.json.notUtf8", firstMalformed(bytes, start) + 1);
            return null;
        }
    }

    /** The parsed tree, or null after recording a problem (or when {@code text} is null). */
    static JsonNode parse(String file, String text, Problems problems) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = Jsons.MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                problems.add(file, "", "bundle.json.empty");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            problems.add(file, "", "bundle.json.invalid",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                    e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(file, "", "bundle.json.invalid", 0, 0, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** The offset of the first byte from {@code start} on that is not part of well-formed UTF-8. */
    private static int firstMalformed(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
