package kr.tipa.eval.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.program.TieBreakKey;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;

/**
 * A programme as stored JSON: the manifest's shape with every default filled in and the rubric in
 * full, so that a stored round never depends on which rubrics a later build ships.
 */
public final class ProgramJson {

    private ProgramJson() {
    }

    public static String write(Program program) {
        ObjectNode node = Jsons.MAPPER.createObjectNode();
        node.put("code", program.code());
        node.put("name", program.name());
        node.put("agency", program.agency());
        node.put("partner", program.partner());
        node.put("applicationDeadline", program.applicationDeadline().toString());
        node.put("capacity", program.capacity());
        node.put("cutoff", program.cutoff());
        AggregationRules rules = program.aggregation();
        ObjectNode aggregation = node.putObject("aggregation");
        aggregation.put("minEvaluators", rules.minEvaluators());
        if (rules.trimWhenAtLeast().isPresent()) {
            aggregation.put("trimWhenAtLeast", rules.trimWhenAtLeast().getAsInt());
        } else {
            aggregation.putNull("trimWhenAtLeast");
        }
        aggregation.put("roundingScale", rules.roundingScale());
        aggregation.put("spreadAlert", rules.spreadAlert());
        ArrayNode tieBreak = node.putArray("tieBreak");
        program.tieBreak().stream().map(TieBreakKey::name).forEach(tieBreak::add);
        node.set("rubric", rubric(program.rubric()));
        try {
            return Jsons.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static Program read(String json) {
        try {
            JsonNode node = Jsons.MAPPER.readTree(json);
            Problems problems = new Problems(10);
            Program program = ProgramParser.parse(JsonFields.root("program", node, problems), problems);
            if (program == null) {
                throw new IllegalStateException("stored programme unreadable: " + problems.all());
            }
            return program;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored programme unreadable", e);
        }
    }

    private static ObjectNode rubric(Rubric rubric) {
        ObjectNode node = Jsons.MAPPER.createObjectNode();
        node.put("id", rubric.id());
        node.put("name", rubric.name());
        node.put("maxTotal", rubric.maxTotal());
        node.put("step", rubric.step());
        ArrayNode categories = node.putArray("categories");
        for (RubricCategory category : rubric.categories()) {
            ObjectNode c = categories.addObject();
            c.put("id", category.id());
            c.put("name", category.name());
            c.put("maxPoints", category.maxPoints());
            ArrayNode indicators = c.putArray("indicators");
            for (Indicator indicator : category.indicators()) {
                indicators.addObject()
                        .put("id", indicator.id())
                        .put("text", indicator.text())
                        .put("maxPoints", indicator.maxPoints());
            }
        }
        return node;
    }
}
