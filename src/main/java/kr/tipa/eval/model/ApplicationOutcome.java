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
 * the aggregation, (when selected) the support programmes, and which of the sheets were typed by someone
 * other than their evaluator (위원장 대리 입력).
 *
 * @param proxies one entry for each sheet of {@code sheets} that is a proxy entry, in the sheets' order
 */
public record ApplicationOutcome(
        StoredApplication application,
        ScreeningDecision screening,
        List<ScoreSheet> sheets,
        AggregationResult aggregation,
        Map<SupportPackage, PackageDecision> packages,
        List<ProxyEntry> proxies) {

    /** An outcome whose sheets were all entered by their evaluators. */
    public ApplicationOutcome(StoredApplication application, ScreeningDecision screening, List<ScoreSheet> sheets,
            AggregationResult aggregation, Map<SupportPackage, PackageDecision> packages) {
        this(application, screening, sheets, aggregation, packages, List.of());
    }

    public ApplicationOutcome {
        sheets = List.copyOf(sheets);
        proxies = List.copyOf(proxies);
        // ①–⑥ in their own order, wherever they are shown.
        packages = packages.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(packages));
    }

    public String receiptNo() {
        return application.receiptNo();
    }

    /** The proxy entry behind this evaluator's sheet, when someone else typed it. */
    public java.util.Optional<ProxyEntry> proxy(String evaluatorId) {
        return proxies.stream().filter(p -> p.evaluatorId().equals(evaluatorId)).findFirst();
    }
}
