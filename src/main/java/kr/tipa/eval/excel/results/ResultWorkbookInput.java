package kr.tipa.eval.excel.results;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.domain.advisory.PanelAdvisory;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.RoundResults;

/**
 * Everything the result workbook shows, already decided: the workbook computes nothing that decides an
 * outcome, it only lays out what it is given.
 *
 * @param results     the round's outcomes in ranking order (ResultsService)
 * @param provisional before finalisation: every sheet is marked 잠정
 * @param overrides   every hand screening decision of the round, earlier ones included
 * @param audit       the audit entries to list, as given
 * @param exclusions  the chair's exclusions, receipt number → written reason (program-rules.md §3.7)
 * @param chairName   shown in the title block; may be blank
 * @param zone        the zone in which times are shown (a spreadsheet date has none)
 * @param advisory    the panel's agreement, shown 참고용 on the chart sheet; empty leaves it out
 * @param handover    the bundle and panel the workbook speaks for, the panels merged in, the machine copy
 */
public record ResultWorkbookInput(
        RoundResults results,
        boolean provisional,
        List<ScreeningOverride> overrides,
        List<AuditEntry> audit,
        Map<String, String> exclusions,
        String chairName,
        Instant generatedAt,
        ZoneId zone,
        Optional<PanelAdvisory> advisory,
        Handover handover) {

    /** Without the advisory agreement. */
    public ResultWorkbookInput(RoundResults results, boolean provisional, List<ScreeningOverride> overrides,
            List<AuditEntry> audit, Map<String, String> exclusions, String chairName, Instant generatedAt,
            ZoneId zone) {
        this(results, provisional, overrides, audit, exclusions, chairName, generatedAt, zone, Optional.empty());
    }

    /** A round without panels, naming only its bundle, with no machine copy. */
    public ResultWorkbookInput(RoundResults results, boolean provisional, List<ScreeningOverride> overrides,
            List<AuditEntry> audit, Map<String, String> exclusions, String chairName, Instant generatedAt,
            ZoneId zone, Optional<PanelAdvisory> advisory) {
        this(results, provisional, overrides, audit, exclusions, chairName, generatedAt, zone, advisory,
                Handover.of(results.round().currentBundleId()));
    }

    /**
     * @throws IllegalArgumentException when an exclusion names no application of the round, has no
     *         reason, or names an application the results still show as selected: the results and the
     *         exclusions then disagree, and a workbook would state both
     */
    public ResultWorkbookInput {
        Objects.requireNonNull(results, "results");
        overrides = List.copyOf(overrides);
        audit = List.copyOf(audit);
        exclusions = Map.copyOf(exclusions);
        chairName = chairName == null ? "" : chairName.strip();
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(advisory, "advisory");
        Objects.requireNonNull(handover, "handover");
        Map<String, ApplicationOutcome> byReceipt = new HashMap<>();
        results.outcomes().forEach(o -> byReceipt.put(o.receiptNo(), o));
        for (Map.Entry<String, String> e : exclusions.entrySet()) {
            ApplicationOutcome outcome = byReceipt.get(e.getKey());
            if (outcome == null) {
                throw new IllegalArgumentException("exclusion of an unknown application " + e.getKey());
            }
            if (e.getValue().isBlank()) {
                throw new IllegalArgumentException("exclusion of " + e.getKey() + " without a written reason");
            }
            if (outcome.aggregation().status() == SelectionStatus.SELECTED) {
                throw new IllegalArgumentException("the chair excluded " + e.getKey()
                        + " but the results still select it; aggregate with the exclusions first");
            }
        }
    }

    /** The chair's written reason for excluding this application, from the input or the aggregation. */
    Optional<String> exclusion(ApplicationOutcome outcome) {
        String given = exclusions.get(outcome.receiptNo());
        return given != null ? Optional.of(given) : outcome.aggregation().exclusionReason();
    }
}
