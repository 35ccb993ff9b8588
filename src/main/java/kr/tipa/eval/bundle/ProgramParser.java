package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.program.TieBreakKey;
import kr.tipa.eval.domain.rubric.Rubric;

/**
 * Reads the manifest's {@code program} object: optional parameters take the defaults of
 * program-rules.md §3, field by field; the rubric is a built-in id or a full rubric object.
 */
public final class ProgramParser {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(10_000);

    private ProgramParser() {
    }

    /**
     * Every problem of a manifest's {@code program} object given on its own (e.g. the agency's
     * program.json), each naming {@code file} and the field.
     */
    public static List<BundleProblem> check(String file, JsonNode program) {
        Problems problems = new Problems(Integer.MAX_VALUE);
        JsonFields fields = JsonFields.root(file, program, problems);
        if (problems.isEmpty()) {
            parse(fields, problems);
            fields.optionalBool("blind", false);
        }
        return problems.all();
    }

    /** The programme, or null when {@code fields} had problems (they are recorded). */
    static Program parse(JsonFields fields, Problems problems) {
        int before = problems.count();
        String code = fields.matching("code", v -> CODE.matcher(v).matches(), "KSURE-EXPORT-2024-2");
        String name = fields.text("name");
        String agency = fields.text("agency");
        String partner = fields.text("partner");
        OffsetDateTime deadline = fields.dateTime("applicationDeadline");
        int capacity = (int) fields.optionalInteger("capacity", 1, 100_000, Program.DEFAULT_CAPACITY);
        BigDecimal cutoff = fields.has("cutoff")
                ? fields.decimal("cutoff", BigDecimal.ZERO, MAX_SCORE) : Program.DEFAULT_CUTOFF;
        AggregationRules aggregation = aggregation(fields);
        Rubric rubric = rubric(fields, problems);
        List<TieBreakKey> tieBreak = tieBreak(fields, rubric);
        if (rubric != null && cutoff.compareTo(rubric.maxTotal()) > 0) {
            fields.problem("cutoff", "bundle.field.range", cutoff.toPlainString(), "0",
                    rubric.maxTotal().toPlainString());
        }
        if (problems.count() > before || rubric == null) {
            return null;
        }
        return new Program(code, name, agency, partner, deadline, capacity, cutoff, aggregation, tieBreak, rubric);
    }

    private static AggregationRules aggregation(JsonFields program) {
        AggregationRules defaults = AggregationRules.DEFAULTS;
        if (!program.has("aggregation")) {
            return defaults;
        }
        JsonFields fields = program.object("aggregation");
        int minEvaluators = (int) fields.optionalInteger("minEvaluators", 1, 1000, defaults.minEvaluators());
        OptionalInt trim = defaults.trimWhenAtLeast();
        JsonNode trimNode = fields.raw("trimWhenAtLeast");
        if (trimNode != null) {
            // Present and null means "never trim"; absent means the default.
            trim = trimNode.isNull() ? OptionalInt.empty()
                    : OptionalInt.of((int) fields.integer("trimWhenAtLeast", 3, 1000));
        }
        int scale = (int) fields.optionalInteger("roundingScale", 0, 10, defaults.roundingScale());
        BigDecimal spread = fields.has("spreadAlert")
                ? fields.decimal("spreadAlert", BigDecimal.ZERO, MAX_SCORE) : defaults.spreadAlert();
        return new AggregationRules(minEvaluators, trim, scale, spread);
    }

    private static Rubric rubric(JsonFields program, Problems problems) {
        JsonNode node = program.raw("rubric");
        if (node != null && node.isTextual()) {
            String id = node.asText();
            Rubric rubric = BuiltInRubrics.find(id).orElse(null);
            if (rubric == null) {
                program.problem("rubric", "bundle.rubric.unknown", id);
            }
            return rubric;
        }
        if (node != null && node.isObject()) {
            return RubricParser.parse(program.object("rubric"), problems);
        }
        if (node == null || node.isNull()) {
            program.problem("rubric", "bundle.field.missing");
        } else {
            program.problem("rubric", "bundle.field.type", "text | object");
        }
        return null;
    }

    private static List<TieBreakKey> tieBreak(JsonFields program, Rubric rubric) {
        List<String> names = program.has("tieBreak") ? program.texts("tieBreak") : Program.DEFAULT_TIE_BREAK;
        List<TieBreakKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            TieBreakKey key = TieBreakKey.parse(name);
            if (!seen.add(name)) {
                program.problem("tieBreak", "bundle.field.duplicate", name);
            } else if (key instanceof TieBreakKey.CategoryMean mean && rubric != null
                    && rubric.category(mean.categoryId()).isEmpty()) {
                program.problem("tieBreak", "bundle.tieBreak.unknown", name);
            }
            keys.add(key);
        }
        return keys;
    }
}
