package kr.tipa.eval.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.advisory.PanelAdvisory;
import kr.tipa.eval.domain.aggregation.Aggregation;
import kr.tipa.eval.domain.aggregation.AggregationInput;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.packages.SupportPackages;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.ScoringRepository;

/** Aggregation, selection, ranking and support programmes of a round from what is stored. */
public final class ResultsService {

    private final RoundService rounds;
    private final ScreeningService screening;
    private final ScoringRepository scoring;
    private final EvaluatorService evaluators;
    private final ExclusionSource exclusions;
    private final MergedPanels panels;

    /** The chair's manual exclusions by receipt number (program-rules.md §3.7). */
    @FunctionalInterface
    public interface ExclusionSource {
        Map<String, String> reasons(Round round);
    }

    /** A database that never holds panel results (tests, the single laptop). */
    public ResultsService(RoundService rounds, ScreeningService screening, ScoringRepository scoring,
            EvaluatorService evaluators, ExclusionSource exclusions) {
        this(rounds, screening, scoring, evaluators, exclusions, null);
    }

    /**
     * @param panels the panels' signed results (the agency's database); null when there are none to read
     */
    public ResultsService(RoundService rounds, ScreeningService screening, ScoringRepository scoring,
            EvaluatorService evaluators, ExclusionSource exclusions, MergedPanels panels) {
        this.rounds = rounds;
        this.screening = screening;
        this.scoring = scoring;
        this.evaluators = evaluators;
        this.exclusions = exclusions;
        this.panels = panels;
    }

    /** The panels' scores this round's results come from, or empty when this database scores it itself. */
    public Optional<MergedPanels.Merged> merged(Round round) {
        return merged(round, rounds.setup(round));
    }

    private Optional<MergedPanels.Merged> merged(Round round, Optional<RoundSetup> setup) {
        return panels == null ? Optional.empty() : panels.merged(round, setup);
    }

    public RoundResults results(Round round) {
        Optional<RoundSetup> setup = rounds.setup(round);
        Optional<MergedPanels.Merged> merged = merged(round, setup);
        List<PanelMember> panel;
        Map<String, List<ScoreSheet>> sheets;
        Map<String, String> excluded = new HashMap<>();
        if (merged.isPresent()) {
            panel = merged.get().evaluators();
            sheets = merged.get().sheets();
            // A panel chair's exclusion stands; the agency's own, made later, says more and wins.
            excluded.putAll(merged.get().exclusions());
        } else {
            panel = evaluators.all();
            sheets = ownSheets(round, setup);
        }
        excluded.putAll(exclusions.reasons(round));
        Map<String, Integer> order = new HashMap<>();
        panel.forEach(m -> order.put(m.id(), m.order()));
        Map<String, ScreeningDecision> decisions = screening.decisionsByReceipt(round);
        List<StoredApplication> applications = rounds.applications(round);
        List<AggregationInput> inputs = new ArrayList<>();
        for (StoredApplication a : applications) {
            List<EvaluatorTotal> totals = sheets.getOrDefault(a.receiptNo(), List.of()).stream()
                    .map(s -> new EvaluatorTotal(s.evaluatorId(), order.getOrDefault(s.evaluatorId(), Integer.MAX_VALUE),
                            s.total(), s.subtotals(round.program().rubric())))
                    .toList();
            inputs.add(new AggregationInput(a.receiptNo(), decisions.get(a.receiptNo()).status(),
                    a.application().submittedAt(), totals, Optional.ofNullable(excluded.get(a.receiptNo()))));
        }
        List<AggregationResult> aggregated = new Aggregation(round.program()).aggregate(inputs);
        Map<String, ProxyEntry> proxies = new HashMap<>();
        scoring.proxyEntriesOfRound(round.id()).forEach(p ->
                proxies.put(p.receiptNo() + "\u0000" + p.evaluatorId() + "\u0000" + p.version(), p));
        List<ApplicationOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            StoredApplication a = applications.get(i);
            AggregationResult result = aggregated.get(i);
            List<ScoreSheet> counted = sheets.getOrDefault(a.receiptNo(), List.of());
            // only the version that counts says whether the sheet was typed by someone else
            List<ProxyEntry> typedByOthers = counted.stream().map(s -> proxies.get(s.receiptNo() + "\u0000"
                    + s.evaluatorId() + "\u0000" + s.version())).filter(java.util.Objects::nonNull).toList();
            outcomes.add(new ApplicationOutcome(a, decisions.get(a.receiptNo()), counted, result,
                    result.status() == SelectionStatus.SELECTED ? SupportPackages.decide(a.application()) : Map.of(),
                    typedByOthers));
        }
        outcomes.sort(Comparator.comparing((ApplicationOutcome o) -> o.aggregation().rank().orElse(Integer.MAX_VALUE))
                .thenComparing(ApplicationOutcome::receiptNo));
        Map<String, String> panelOf = new HashMap<>();
        setup.ifPresent(x -> x.panels().forEach(p -> p.receiptNos().forEach(r -> panelOf.put(r, p.id()))));
        return new RoundResults(round, panel, outcomes, panelOf, merged.isPresent());
    }

    private Map<String, List<ScoreSheet>> ownSheets(Round round, Optional<RoundSetup> setup) {
        Set<String> conflicted = new HashSet<>();
        scoring.conflictsOfRound(round.id()).forEach(c -> conflicted.add(c.receiptNo() + "\u0000" + c.evaluatorId()));
        // The agency's 제척 takes the evaluator out of the application whatever reached this database.
        setup.ifPresent(x -> x.conflicts().forEach(c -> conflicted.add(c.receiptNo() + "\u0000" + c.evaluatorId())));
        Map<String, List<ScoreSheet>> sheets = new HashMap<>();
        for (ScoreSheet sheet : scoring.latestSubmittedOfRound(round.id())) {
            // A conflict declared after submitting voids the sheet: the evaluator leaves the denominator.
            if (!conflicted.contains(sheet.receiptNo() + "\u0000" + sheet.evaluatorId())) {
                sheets.computeIfAbsent(sheet.receiptNo(), r -> new ArrayList<>()).add(sheet);
            }
        }
        return sheets;
    }

    /**
     * 참고용: the agreement and adjusted composites of the round's results, the whole round taken as one
     * panel (a round has one panel today): its evaluators in panel order, then anyone else with a total.
     */
    public PanelAdvisory advisory(RoundResults results) {
        LinkedHashSet<String> evaluators = new LinkedHashSet<>();
        results.panel().stream().sorted(Comparator.comparingInt(PanelMember::order)).forEach(m -> evaluators.add(m.id()));
        results.outcomes().forEach(o -> o.aggregation().totals().forEach(t -> evaluators.add(t.evaluatorId())));
        return advisory(results, evaluators, results.outcomes().stream().map(ApplicationOutcome::receiptNo).toList());
    }

    /** 참고용 figures of one panel: its evaluators (in panel order) and its applications. */
    public PanelAdvisory advisory(RoundResults results, Collection<String> evaluators, Collection<String> receiptNos) {
        Set<String> mine = Set.copyOf(receiptNos);
        List<AggregationResult> panel = results.outcomes().stream().filter(o -> mine.contains(o.receiptNo()))
                .map(ApplicationOutcome::aggregation).toList();
        return PanelAdvisory.of(results.round().program(), panel, List.copyOf(evaluators));
    }
}
