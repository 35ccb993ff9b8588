package kr.tipa.eval.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;

/** Reads a rubric object (the shape of rubric-ksure-export-2024.json), checking that it adds up. */
final class RubricParser {

    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(10_000);

    private RubricParser() {
    }

    /** The rubric, or null when {@code fields} had problems (they are recorded). */
    static Rubric parse(JsonFields fields, Problems problems) {
        int before = problems.count();
        String id = fields.text("id");
        String name = fields.text("name");
        BigDecimal maxTotal = fields.decimal("maxTotal", BigDecimal.ONE, MAX_POINTS);
        BigDecimal step = fields.decimal("step", new BigDecimal("0.01"), MAX_POINTS);
        Set<String> ids = new HashSet<>();
        List<RubricCategory> categories = new ArrayList<>();
        for (JsonFields category : fields.objects("categories")) {
            String categoryId = uniqueId(category, ids);
            String categoryName = category.text("name");
            BigDecimal categoryMax = category.decimal("maxPoints", BigDecimal.ZERO, MAX_POINTS);
            List<Indicator> indicators = new ArrayList<>();
            for (JsonFields indicator : category.objects("indicators")) {
                indicators.add(new Indicator(uniqueId(indicator, ids), indicator.text("text"),
                        indicator.decimal("maxPoints", BigDecimal.ZERO, MAX_POINTS)));
            }
            categories.add(new RubricCategory(categoryId, categoryName, categoryMax, indicators));
        }
        if (problems.count() > before) {
            return null;
        }
        Rubric rubric = new Rubric(id, name, maxTotal, step, categories);
        for (String inconsistency : rubric.inconsistencies()) {
            fields.problem("", "bundle.rubric.inconsistent", inconsistency);
        }
        return problems.count() > before ? null : rubric;
    }

    private static String uniqueId(JsonFields fields, Set<String> seen) {
        String id = fields.text("id");
        if (!id.isBlank() && !seen.add(id)) {
            fields.problem("id", "bundle.field.duplicate", id);
        }
        return id;
    }
}
