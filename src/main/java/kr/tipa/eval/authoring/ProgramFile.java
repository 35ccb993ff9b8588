package kr.tipa.eval.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.bundle.ProgramParser;

/**
 * program.json: the manifest's {@code program} object (bundle-format.md) plus {@code blind}, checked by
 * the bundle reader's own rules; a key that is none of these is a fault (a misspelt {@code cutof} would
 * otherwise silently take the default).
 */
final class ProgramFile {

    static final Set<String> KEYS = Set.of("code", "name", "agency", "partner", "applicationDeadline", "capacity",
            "cutoff", "aggregation", "tieBreak", "rubric", "blind");
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private ProgramFile() {
    }

    /** The programme with {@code blind} set, or null after recording faults. */
    static ObjectNode read(Path file, String name, IntakeFaults faults) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            faults.add(name, 0, "", "intake.file.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            faults.add(name, 0, "", "intake.file.tooLarge", MAX_BYTES / (1024 * 1024));
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        JsonNode json;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            json = Jsons.MAPPER.readTree(text);
        } catch (CharacterCodingException e) {
            faults.add(name, 0, "", "intake.json.notUtf8");
            return null;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            faults.add(name, at == null ? 0 : at.getLineNr(), "", "bundle.json.invalid",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
            return null;
        }
        if (!(json instanceof ObjectNode program)) {
            faults.add(name, 0, "", "bundle.json.notObject");
            return null;
        }
        int before = faults.count();
        program.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                faults.add(name, 0, key, "intake.program.unknownKey", String.join(", ", KEYS.stream().sorted().toList()));
            }
        });
        for (BundleProblem problem : ProgramParser.check(name, program)) {
            faults.add(name, 0, problem.field(), problem.message().key(), problem.message().args().toArray());
        }
        if (faults.count() > before) {
            return null;
        }
        program.put("blind", program.path("blind").asBoolean(false));
        return program;
    }
}
