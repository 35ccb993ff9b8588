package kr.tipa.eval.model;

import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.packages.PackageDecision;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.screening.ScreeningDecision;

/**
 * Everything the committee decided about one application: screening, the panel's submitted sheets,
 * the aggregation, and (when selected) the support programmes.
 */
public record ApplicationOutcome(
        StoredApplication application,
        ScreeningDecision screening,
        List<ScoreSheet> sheets,
        AggregationResult aggregation,
        Map<SupportPackage, PackageDecision> packages) {

    public ApplicationOutcome {
        sheets = List.copyOf(sheets);
        // ①–⑥ in their own order, wherever they are shown.
        packages = packages.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(packages));
    }

    public String receiptNo() {
        return application.receiptNo();
    }
}
