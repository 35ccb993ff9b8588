package kr.tipa.eval.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;

/**
 * The canonical bytes of a submitted sheet — what its signature and hash cover: the round, the
 * application, the evaluator, the version, every score and comment in indicator order, the opinion and
 * the submission time. The same bytes travel inside the signed workbook as its machine-readable copy.
 */
public final class SheetContent {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SheetContent() {
    }

    public static ObjectNode json(String programCode, ScoreSheet sheet) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("programCode", programCode);
        node.put("receiptNo", sheet.receiptNo());
        node.put("evaluatorId", sheet.evaluatorId());
        node.put("version", sheet.version());
        node.put("submittedAt", sheet.submittedAt() == null ? null : sheet.submittedAt().toString());
        ArrayNode scores = node.putArray("scores");
        for (Score score : new TreeMap<>(sheet.scores()).values()) {
            ObjectNode s = scores.addObject().put("indicatorId", score.indicatorId());
            if (score.value() == null) {
                s.putNull("score");
            } else {
                s.put("score", Decimals.plain(score.value()));
            }
            s.put("comment", score.comment());
        }
        node.put("overallOpinion", sheet.overallOpinion());
        return node;
    }

    public static byte[] bytes(String programCode, ScoreSheet sheet) {
        try {
            return MAPPER.writeValueAsString(json(programCode, sheet)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
