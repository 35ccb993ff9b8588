package kr.tipa.eval.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.screening.ScreeningStatus;

/**
 * What a panel chair's signed result carries for the agency (round-authoring.md §3): which round, bundle
 * and panel, whether it was final, the panel's evaluators, every submitted sheet with its indicator
 * scores and the totals the chair's laptop computed from them, and the outcome the chair signed for each
 * application. The agency recomputes the outcomes from the sheets; it never takes them on trust.
 *
 * @param bundleId the bundle (panel package) the chair's laptop scored
 */
public record PanelResult(
        String programCode,
        String bundleId,
        String panelId,
        String panelName,
        boolean finalResult,
        Instant generatedAt,
        String chairName,
        List<PanelMember> evaluators,
        List<Signed> applications,
        List<SignedSheet> sheets,
        List<Recusal> recusals) {

    public PanelResult {
        Objects.requireNonNull(programCode, "programCode");
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(panelId, "panelId");
        panelName = panelName == null ? "" : panelName;
        Objects.requireNonNull(generatedAt, "generatedAt");
        chairName = chairName == null ? "" : chairName;
        evaluators = List.copyOf(evaluators);
        applications = List.copyOf(applications);
        sheets = List.copyOf(sheets);
        recusals = List.copyOf(recusals);
    }

    /** The outcome of one application as the chair signed it (rank is within the panel). */
    public record Signed(String receiptNo, ScreeningStatus screening, Optional<BigDecimal> composite,
            SelectionStatus status, Optional<Integer> rank, Set<String> dropped, Optional<String> exclusionReason) {
        public Signed {
            Objects.requireNonNull(receiptNo, "receiptNo");
            Objects.requireNonNull(screening, "screening");
            Objects.requireNonNull(status, "status");
            dropped = Set.copyOf(dropped);
        }
    }

    /** A submitted sheet with the total and category subtotals the chair's copy states for it. */
    public record SignedSheet(ScoreSheet sheet, BigDecimal total, Map<String, BigDecimal> subtotals) {
        public SignedSheet {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(total, "total");
            subtotals = Map.copyOf(subtotals);
        }
    }

    /** An evaluator who took no part in an application (회피 or 제척). */
    public record Recusal(String receiptNo, String evaluatorId) {
    }
}
