package kr.tipa.eval.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.PanelResultRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.storage.PanelResultRepository;

/**
 * Where a round's scores come from on the agency's database: the current signed result of each panel.
 * A round is merged once any panel result has been imported into it, or when it has two panels or more
 * and no evaluator is registered on this database (the agency's, which scores nothing). A database that
 * scores the round itself — a chair's or member's holding their panel's package, or a single laptop
 * holding every panel — aggregates its own sheets as before.
 */
public final class MergedPanels {

    /**
     * Everything the merged round is computed from.
     *
     * @param panels     the round's panels, in the agency's order
     * @param current    panel id → its current imported result (absent: none yet)
     * @param evaluators every panel's evaluators, panel by panel, each panel in its own order
     * @param sheets     receipt number → the submitted sheets of the panel that scores it
     * @param exclusions the panel chairs' exclusions, receipt number → written reason
     * @param recusals   receipt number → the evaluators who took no part in it
     */
    public record Merged(List<Panel> panels, Map<String, PanelResultRecord> current, List<PanelMember> evaluators,
            Map<String, String> panelOfEvaluator, Map<String, List<ScoreSheet>> sheets,
            Map<String, String> exclusions, Map<String, List<String>> recusals) {

        /** Panels without a current result. */
        public List<String> missing() {
            return panels.stream().map(Panel::id).filter(id -> !current.containsKey(id)).toList();
        }

        /** Panels whose current result the chair had not finalised (잠정). */
        public List<String> provisional() {
            return panels.stream().map(Panel::id).filter(id -> current.containsKey(id) && !current.get(id).finalResult())
                    .toList();
        }
    }

    /** Panel ordinals are spaced this far apart in the merged evaluator order. */
    private static final int PANEL_STRIDE = 10_000;

    private final PanelResultRepository results;
    private final java.util.function.BooleanSupplier scoresHere;

    /** @param scoresHere whether evaluators are registered on this database (it scores rounds itself) */
    public MergedPanels(PanelResultRepository results, java.util.function.BooleanSupplier scoresHere) {
        this.results = results;
        this.scoresHere = scoresHere;
    }

    /** The merged scores, or empty when this database scores the round itself. */
    public Optional<Merged> merged(Round round, Optional<RoundSetup> setup) {
        List<Panel> panels = setup.map(RoundSetup::panels).orElse(List.of());
        if (panels.isEmpty() || !results.any(round.id()) && (panels.size() < 2 || scoresHere.getAsBoolean())) {
            return Optional.empty();
        }
        Map<String, Integer> ordinal = new HashMap<>();
        Map<String, String> assigned = new HashMap<>();
        for (int p = 0; p < panels.size(); p++) {
            ordinal.put(panels.get(p).id(), p);
            for (String receipt : panels.get(p).receiptNos()) {
                assigned.put(receipt, panels.get(p).id());
            }
        }
        Map<String, PanelResultRecord> current = new LinkedHashMap<>();
        for (PanelResultRecord r : results.all(round.id())) {
            if (r.current() && ordinal.containsKey(r.panelId())) {
                current.put(r.panelId(), r);
            }
        }
        List<PanelMember> evaluators = new ArrayList<>();
        Map<String, String> panelOfEvaluator = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<PanelResultRepository.PanelEvaluator> rows = new ArrayList<>(results.currentEvaluators(round.id()));
        rows.removeIf(e -> !ordinal.containsKey(e.panelId()));
        rows.sort(java.util.Comparator.comparingInt((PanelResultRepository.PanelEvaluator e) -> ordinal.get(e.panelId()))
                .thenComparingInt(e -> e.member().order()));
        for (PanelResultRepository.PanelEvaluator e : rows) {
            if (seen.add(e.member().id())) {
                int order = ordinal.get(e.panelId()) * PANEL_STRIDE + Math.min(e.member().order(), PANEL_STRIDE - 1);
                evaluators.add(new PanelMember(e.member().evaluator(), order, false));
                panelOfEvaluator.put(e.member().id(), e.panelId());
            }
        }
        Map<String, List<ScoreSheet>> sheets = new HashMap<>();
        for (PanelResultRepository.PanelSheet s : results.currentSheets(round.id())) {
            // Only the panel the agency assigned the application to speaks for it.
            if (s.panelId().equals(assigned.get(s.sheet().receiptNo()))) {
                sheets.computeIfAbsent(s.sheet().receiptNo(), k -> new ArrayList<>()).add(s.sheet());
            }
        }
        return Optional.of(new Merged(panels, current, evaluators, panelOfEvaluator, sheets,
                results.currentExclusions(round.id()), results.currentRecusals(round.id())));
    }
}
