package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.aggregation.Aggregation;
import kr.tipa.eval.domain.aggregation.AggregationInput;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.PanelResult;
import kr.tipa.eval.model.StoredApplication;

/**
 * The agency's recomputation of a panel's signed result: every sheet's total and subtotals from its
 * indicator scores, then the panel's composites, statuses, ranks and dropped totals by the domain's own
 * aggregation (program-rules.md §3) over the panel's applications, each compared with what the chair
 * signed. The screening and exclusions are those the chair signed (what the chair computed with); the
 * submission times, the last tie-break, are the agency's own.
 */
final class PanelResultCheck {

    private final Program program;
    private final Panel panel;
    private final Map<String, StoredApplication> applications;

    PanelResultCheck(Program program, Panel panel, Map<String, StoredApplication> applications) {
        this.program = program;
        this.panel = panel;
        this.applications = applications;
    }

    /** Every way the result is not the panel's, or not what its own scores give; empty when it is. */
    List<Localizable> faults(PanelResult result, String file) {
        List<Localizable> faults = new ArrayList<>();
        Rubric rubric = program.rubric();
        Map<String, PanelMember> evaluators = new HashMap<>();
        result.evaluators().forEach(m -> evaluators.put(m.id(), m));
        Set<String> listed = new java.util.HashSet<>();
        for (PanelResult.Signed a : result.applications()) {
            listed.add(a.receiptNo());
            if (!panel.receiptNos().contains(a.receiptNo()) || !applications.containsKey(a.receiptNo())) {
                faults.add(Localizable.of("results.import.notInPanel", file, a.receiptNo(), panel.id()));
            }
        }
        Map<String, List<EvaluatorTotal>> totals = new HashMap<>();
        for (PanelResult.SignedSheet signed : result.sheets()) {
            ScoreSheet s = signed.sheet();
            String where = s.receiptNo() + " / " + s.evaluatorId();
            PanelMember member = evaluators.get(s.evaluatorId());
            if (member == null) {
                faults.add(Localizable.of("results.import.unknownEvaluator", file, where));
                continue;
            }
            if (!panel.members().isEmpty() && panel.member(s.evaluatorId()).isEmpty()) {
                faults.add(Localizable.of("results.import.notOnRoster", file, s.evaluatorId(), panel.id()));
            }
            for (String indicator : s.scores().keySet()) {
                rubric.check(indicator, s.value(indicator).orElseThrow()).ifPresent(problem -> faults.add(
                        Localizable.of("results.import.badScore", file, where, indicator,
                                Decimals.plain(s.value(indicator).orElseThrow()), problem.name())));
            }
            for (Indicator missing : s.missing(rubric)) {
                faults.add(Localizable.of("results.import.unscored", file, where, missing.id()));
            }
            compare(faults, file, where, "total", signed.total(), s.total());
            Map<String, BigDecimal> subtotals = s.subtotals(rubric);
            for (Map.Entry<String, BigDecimal> e : subtotals.entrySet()) {
                compare(faults, file, where, e.getKey(), signed.subtotals().get(e.getKey()), e.getValue());
            }
            for (String category : signed.subtotals().keySet()) {
                if (!subtotals.containsKey(category)) {
                    faults.add(Localizable.of("results.import.field", file, where + " subtotals." + category, ""));
                }
            }
            totals.computeIfAbsent(s.receiptNo(), k -> new ArrayList<>()).add(new EvaluatorTotal(s.evaluatorId(),
                    member.order(), s.total(), subtotals));
        }
        for (String receipt : totals.keySet()) {
            if (!listed.contains(receipt)) {
                faults.add(Localizable.of("results.import.notInPanel", file, receipt, panel.id()));
            }
        }
        if (!faults.isEmpty()) {
            return faults;
        }
        List<AggregationInput> inputs = new ArrayList<>();
        for (PanelResult.Signed a : result.applications()) {
            inputs.add(new AggregationInput(a.receiptNo(), a.screening(),
                    applications.get(a.receiptNo()).application().submittedAt(),
                    totals.getOrDefault(a.receiptNo(), List.of()), a.exclusionReason()));
        }
        List<AggregationResult> recomputed = new Aggregation(program).aggregate(inputs);
        int scale = program.aggregation().roundingScale();
        for (int i = 0; i < inputs.size(); i++) {
            PanelResult.Signed signed = result.applications().get(i);
            AggregationResult again = recomputed.get(i);
            String where = signed.receiptNo();
            compare(faults, file, where, "composite", signed.composite().map(c -> c.setScale(scale)).orElse(null),
                    again.composite().orElse(null));
            same(faults, file, where, "status", signed.status(), again.status());
            same(faults, file, where, "rank", signed.rank().orElse(null), again.rank().orElse(null));
            same(faults, file, where, "dropped", new java.util.TreeSet<>(signed.dropped()),
                    new java.util.TreeSet<>(again.dropped()));
        }
        return faults;
    }

    private static void compare(List<Localizable> faults, String file, String where, String field, BigDecimal signed,
            BigDecimal recomputed) {
        boolean equal = signed == null ? recomputed == null : recomputed != null && signed.compareTo(recomputed) == 0;
        if (!equal) {
            faults.add(Localizable.of("results.import.differs", file, where, field,
                    signed == null ? "-" : Decimals.plain(signed), recomputed == null ? "-" : Decimals.plain(recomputed)));
        }
    }

    private static void same(List<Localizable> faults, String file, String where, String field, Object signed,
            Object recomputed) {
        if (!Objects.equals(signed, recomputed)) {
            faults.add(Localizable.of("results.import.differs", file, where, field, Optional.ofNullable(signed)
                    .map(String::valueOf).orElse("-"), Optional.ofNullable(recomputed).map(String::valueOf).orElse("-")));
        }
    }
}
