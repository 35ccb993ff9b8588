package kr.tipa.eval.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.PanelResult;
import kr.tipa.eval.model.RoundResults;

/**
 * The machine-readable copy of a panel's result, the JSON the chair's signed workbook carries in a very
 * hidden sheet (cli.md, "Panel result workbook"): written from the chair's results, read back on the
 * agency's database after the signature held. Decimals are strings, as everywhere in our JSON.
 */
final class PanelResultContent {

    static final String FORMAT = "tipa-eval-panel-result";
    static final int VERSION = 1;

    private PanelResultContent() {
    }

    /** The copy of a chair's results for {@code panel}. */
    static String write(RoundResults results, String bundleId, Panel panel, boolean finalResult, Instant generatedAt,
            String chairName, List<PanelResult.Recusal> recusals) {
        Rubric rubric = results.round().program().rubric();
        int scale = results.round().program().aggregation().roundingScale();
        ObjectNode root = Jsons.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("programCode", results.round().programCode());
        root.put("bundleId", bundleId);
        root.putObject("panel").put("id", panel.id()).put("name", panel.name());
        root.put("final", finalResult);
        root.put("generatedAt", generatedAt.toString());
        root.put("chair", chairName);
        root.put("rubric", rubric.id());
        ArrayNode evaluators = root.putArray("evaluators");
        for (PanelMember m : results.panel()) {
            evaluators.addObject().put("id", m.id()).put("name", m.evaluator().name())
                    .put("affiliation", m.evaluator().affiliation()).put("order", m.order());
        }
        ArrayNode applications = root.putArray("applications");
        for (ApplicationOutcome o : results.outcomes()) {
            AggregationResult a = o.aggregation();
            ObjectNode node = applications.addObject();
            node.put("receiptNo", o.receiptNo());
            node.put("screening", o.screening().status().name());
            if (a.composite().isPresent()) {
                node.put("composite", a.composite().get().setScale(scale).toPlainString());
            } else {
                node.putNull("composite");
            }
            node.put("status", a.status().name());
            if (a.rank().isPresent()) {
                node.put("rank", a.rank().get());
            } else {
                node.putNull("rank");
            }
            ArrayNode dropped = node.putArray("dropped");
            a.totals().stream().map(EvaluatorTotal::evaluatorId).filter(a.dropped()::contains).forEach(dropped::add);
            if (a.exclusionReason().isPresent()) {
                node.put("exclusionReason", a.exclusionReason().get());
            } else {
                node.putNull("exclusionReason");
            }
            ArrayNode sheets = node.putArray("sheets");
            for (ScoreSheet s : o.sheets()) {
                ObjectNode sheet = sheets.addObject();
                sheet.put("evaluatorId", s.evaluatorId());
                sheet.put("version", s.version());
                sheet.put("submittedAt", s.submittedAt() == null ? null : s.submittedAt().toString());
                sheet.put("total", Decimals.plain(s.total()));
                ObjectNode subtotals = sheet.putObject("subtotals");
                s.subtotals(rubric).forEach((category, value) -> subtotals.put(category, Decimals.plain(value)));
                ObjectNode scores = sheet.putObject("scores");
                ObjectNode comments = sheet.putObject("comments");
                for (Indicator indicator : rubric.indicators()) {
                    s.value(indicator.id()).ifPresent(v -> scores.put(indicator.id(), Decimals.plain(v)));
                    if (!s.comment(indicator.id()).isEmpty()) {
                        comments.put(indicator.id(), s.comment(indicator.id()));
                    }
                }
                sheet.put("opinion", s.overallOpinion());
            }
        }
        ArrayNode recused = root.putArray("recusals");
        recusals.forEach(r -> recused.addObject().put("receiptNo", r.receiptNo()).put("evaluatorId", r.evaluatorId()));
        try {
            return Jsons.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the copy back; every fault names the file and the field.
     *
     * @throws RefusedException when it is not a panel result of this format, or a field is missing or unreadable
     */
    static PanelResult read(String text, String fileName) {
        JsonNode root;
        try {
            root = Jsons.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RefusedException("results.import.notPanelResult", fileName);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new RefusedException("results.import.notPanelResult", fileName);
        }
        Reader r = new Reader(fileName);
        if (r.integer(root, "formatVersion") != VERSION) {
            throw new RefusedException("results.import.formatVersion", fileName, root.path("formatVersion").asText());
        }
        JsonNode panel = r.object(root, "panel");
        List<PanelMember> evaluators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode e : r.array(root, "evaluators")) {
            String id = r.text(e, "evaluators[].id");
            if (!ids.add(id) || !Evaluator.ID.matcher(id).matches()) {
                throw r.fault("evaluators[].id", id);
            }
            evaluators.add(new PanelMember(new Evaluator(id, r.nonBlank(e, "evaluators[].name"),
                    e.path("affiliation").asText("")), r.integer(e, "evaluators[].order"), false));
        }
        List<PanelResult.Signed> applications = new ArrayList<>();
        List<PanelResult.SignedSheet> sheets = new ArrayList<>();
        Set<String> receipts = new HashSet<>();
        for (JsonNode a : r.array(root, "applications")) {
            String receipt = r.text(a, "applications[].receiptNo");
            if (!receipts.add(receipt)) {
                throw r.fault("applications[].receiptNo", receipt);
            }
            String where = "applications[" + receipt + "]";
            Set<String> dropped = new HashSet<>();
            r.array(a, where + ".dropped").forEach(d -> dropped.add(d.asText()));
            applications.add(new PanelResult.Signed(receipt, r.enumValue(a, where + ".screening", ScreeningStatus.class),
                    r.optionalDecimal(a, where + ".composite"), r.enumValue(a, where + ".status", SelectionStatus.class),
                    r.optionalInteger(a, where + ".rank"), dropped, r.optionalText(a, where + ".exclusionReason")));
            Set<String> sheetEvaluators = new HashSet<>();
            for (JsonNode s : r.array(a, where + ".sheets")) {
                String evaluator = r.text(s, where + ".sheets[].evaluatorId");
                if (!sheetEvaluators.add(evaluator)) {
                    throw r.fault(where + ".sheets[].evaluatorId", evaluator);
                }
                sheets.add(sheet(r, s, receipt, evaluator, where + ".sheets[" + evaluator + "]"));
            }
        }
        List<PanelResult.Recusal> recusals = new ArrayList<>();
        for (JsonNode c : r.array(root, "recusals")) {
            recusals.add(new PanelResult.Recusal(r.text(c, "recusals[].receiptNo"), r.text(c, "recusals[].evaluatorId")));
        }
        return new PanelResult(r.text(root, "programCode"), r.text(root, "bundleId"), r.nonBlank(panel, "panel.id"),
                panel.path("name").asText(""), r.bool(root, "final"), r.instant(root, "generatedAt"),
                root.path("chair").asText(""), evaluators, applications, sheets, recusals);
    }

    private static PanelResult.SignedSheet sheet(Reader r, JsonNode s, String receipt, String evaluator, String where) {
        Map<String, Score> scores = new LinkedHashMap<>();
        JsonNode comments = s.path("comments");
        r.object(s, where + ".scores").fields().forEachRemaining(e -> scores.put(e.getKey(), new Score(e.getKey(),
                r.decimal(e.getValue(), where + ".scores." + e.getKey()), comments.path(e.getKey()).asText(""))));
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        r.object(s, where + ".subtotals").fields().forEachRemaining(e -> subtotals.put(e.getKey(),
                r.decimal(e.getValue(), where + ".subtotals." + e.getKey())));
        Optional<Instant> submitted = s.path("submittedAt").isTextual()
                ? Optional.of(r.instant(s, where + ".submittedAt")) : Optional.empty();
        int version = r.integer(s, where + ".version");
        if (version < 1) {
            throw r.fault(where + ".version", String.valueOf(version));
        }
        ScoreSheet sheet = new ScoreSheet(receipt, evaluator, version, SheetState.SUBMITTED, scores,
                s.path("opinion").asText(""), submitted.orElse(null), submitted.orElse(null));
        return new PanelResult.SignedSheet(sheet, r.decimal(s.path("total"), where + ".total"), subtotals);
    }

    /** Field reading that names the file and the field of every fault. */
    private record Reader(String file) {

        RefusedException fault(String field, String value) {
            return new RefusedException("results.import.field", file, field, String.valueOf(value));
        }

        private String last(String field) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            return name.endsWith("]") ? name.substring(0, name.indexOf('[')) : name;
        }

        JsonNode object(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            if (!value.isObject()) {
                throw fault(field, value.toString());
            }
            return value;
        }

        JsonNode array(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            if (!value.isArray()) {
                throw fault(field, value.toString());
            }
            return value;
        }

        String text(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            if (!value.isTextual()) {
                throw fault(field, value.toString());
            }
            return value.asText();
        }

        String nonBlank(JsonNode node, String field) {
            String text = text(node, field);
            if (text.isBlank()) {
                throw fault(field, text);
            }
            return text;
        }

        Optional<String> optionalText(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            return value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(text(node, field));
        }

        boolean bool(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            if (!value.isBoolean()) {
                throw fault(field, value.toString());
            }
            return value.asBoolean();
        }

        int integer(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw fault(field, value.toString());
            }
            return value.asInt();
        }

        Optional<Integer> optionalInteger(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            return value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(integer(node, field));
        }

        BigDecimal decimal(JsonNode value, String field) {
            if (!value.isTextual()) {
                throw fault(field, value.toString());
            }
            try {
                return new BigDecimal(value.asText());
            } catch (NumberFormatException e) {
                throw fault(field, value.asText());
            }
        }

        Optional<BigDecimal> optionalDecimal(JsonNode node, String field) {
            JsonNode value = node.path(last(field));
            return value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(decimal(value, field));
        }

        <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) {
            String text = text(node, field);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw fault(field, text);
            }
        }

        Instant instant(JsonNode node, String field) {
            String text = text(node, field);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw fault(field, text);
            }
        }
    }
}
