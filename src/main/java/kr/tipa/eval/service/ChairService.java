package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.ChairDecision;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Finalisation;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.ChairRepository;
import kr.tipa.eval.storage.ScoringRepository;
import kr.tipa.eval.storage.Transactions;

/**
 * The chair's desk (위원장): the panel matrix, evaluator profiles, spread alerts, manual exclusions
 * beyond capacity, and finalisation, refused while anything blocks it.
 */
public final class ChairService {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Transactions transactions;
    private final RoundService rounds;
    private final ScoringRepository scoring;
    private final EvaluatorService evaluators;
    private final ScreeningService screening;
    private final ResultsService results;
    private final ChairRepository chair;
    private final AuditLog audit;
    private final Clock clock;

    public ChairService(Transactions transactions, RoundService rounds, ScoringRepository scoring,
            EvaluatorService evaluators, ScreeningService screening, ResultsService results, ChairRepository chair,
            AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.scoring = scoring;
        this.evaluators = evaluators;
        this.screening = screening;
        this.results = results;
        this.chair = chair;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Who has done what. With panels, an evaluator on one panel's roster owes nothing on another panel's
     * applications, and the agency's 제척 counts as a recusal; on the agency's database the cells come
     * from the panels' signed results.
     */
    public PanelMatrix matrix(Round round) {
        Optional<MergedPanels.Merged> merged = results.merged(round);
        if (merged.isPresent()) {
            return mergedMatrix(round, merged.get());
        }
        List<PanelMember> panel = evaluators.all();
        Map<String, Integer> submitted = new HashMap<>();
        scoring.latestSubmittedOfRound(round.id())
                .forEach(s -> submitted.put(key(s.receiptNo(), s.evaluatorId()), s.version()));
        Map<String, Integer> drafts = new HashMap<>();
        scoring.allVersionsOfRound(round.id()).stream().filter(s -> !s.submitted() && !s.isEmpty())
                .forEach(s -> drafts.put(key(s.receiptNo(), s.evaluatorId()), s.version()));
        Map<String, ProxyEntry> proxies = new HashMap<>();
        scoring.proxyEntriesOfRound(round.id())
                .forEach(p -> proxies.put(key(p.receiptNo(), p.evaluatorId()) + "\u0000" + p.version(), p));
        Set<String> conflicts = new HashSet<>();
        scoring.conflictsOfRound(round.id()).forEach(c -> conflicts.add(key(c.receiptNo(), c.evaluatorId())));
        Optional<RoundSetup> setup = rounds.setup(round);
        setup.ifPresent(x -> x.conflicts().forEach(c -> conflicts.add(key(c.receiptNo(), c.evaluatorId()))));
        Map<String, String> evaluatorPanel = new HashMap<>();
        Map<String, String> receiptPanel = new HashMap<>();
        setup.ifPresent(x -> x.panels().forEach(p -> {
            p.members().forEach(m -> evaluatorPanel.put(m.evaluatorId(), p.id()));
            p.receiptNos().forEach(r -> receiptPanel.put(r, p.id()));
        }));
        Set<String> closed = new HashSet<>();
        chair.closedMissing(round.id()).forEach((r, ids) -> ids.forEach(id -> closed.add(key(r, id))));
        var decisions = screening.decisionsByReceipt(round);
        List<PanelMatrix.Row> rows = new ArrayList<>();
        for (StoredApplication a : rounds.applications(round)) {
            ScreeningStatus status = decisions.get(a.receiptNo()).status();
            String appPanel = receiptPanel.get(a.receiptNo());
            Map<String, PanelMatrix.Cell> cells = new LinkedHashMap<>();
            Map<String, ProxyEntry> typed = new LinkedHashMap<>();
            for (PanelMember m : panel) {
                String k = key(a.receiptNo(), m.id());
                String own = evaluatorPanel.get(m.id());
                boolean otherPanel = own != null && appPanel != null && !own.equals(appPanel);
                PanelMatrix.Cell cell = conflicts.contains(k) ? PanelMatrix.Cell.CONFLICT
                        : submitted.containsKey(k) ? PanelMatrix.Cell.SUBMITTED
                        : status == ScreeningStatus.INELIGIBLE || otherPanel ? PanelMatrix.Cell.NOT_REQUIRED
                        : closed.contains(k) ? PanelMatrix.Cell.CLOSED
                        : drafts.containsKey(k) ? PanelMatrix.Cell.DRAFT : PanelMatrix.Cell.MISSING;
                cells.put(m.id(), cell);
                Integer shown = cell == PanelMatrix.Cell.SUBMITTED ? submitted.get(k)
                        : cell == PanelMatrix.Cell.DRAFT ? drafts.get(k) : null;
                ProxyEntry proxy = shown == null ? null : proxies.get(k + "\u0000" + shown);
                if (proxy != null) {
                    typed.put(m.id(), proxy);
                }
            }
            rows.add(new PanelMatrix.Row(a.receiptNo(), a.companyName(), status, cells, typed));
        }
        return new PanelMatrix(panel, rows);
    }

    /** The agency's view: each panel's evaluators against the applications, from the panels' signed results. */
    private PanelMatrix mergedMatrix(Round round, MergedPanels.Merged merged) {
        Map<String, String> receiptPanel = new HashMap<>();
        merged.panels().forEach(p -> p.receiptNos().forEach(r -> receiptPanel.put(r, p.id())));
        var decisions = screening.decisionsByReceipt(round);
        List<PanelMatrix.Row> rows = new ArrayList<>();
        for (StoredApplication a : rounds.applications(round)) {
            ScreeningStatus status = decisions.get(a.receiptNo()).status();
            Set<String> scored = new HashSet<>();
            merged.sheets().getOrDefault(a.receiptNo(), List.of()).forEach(s -> scored.add(s.evaluatorId()));
            List<String> recused = merged.recusals().getOrDefault(a.receiptNo(), List.of());
            Map<String, PanelMatrix.Cell> cells = new LinkedHashMap<>();
            for (PanelMember m : merged.evaluators()) {
                boolean otherPanel = !merged.panelOfEvaluator().get(m.id()).equals(receiptPanel.get(a.receiptNo()));
                cells.put(m.id(), recused.contains(m.id()) && !otherPanel ? PanelMatrix.Cell.CONFLICT
                        : scored.contains(m.id()) ? PanelMatrix.Cell.SUBMITTED
                        : status == ScreeningStatus.INELIGIBLE || otherPanel ? PanelMatrix.Cell.NOT_REQUIRED
                        : PanelMatrix.Cell.MISSING);
            }
            rows.add(new PanelMatrix.Row(a.receiptNo(), a.companyName(), status, cells, Map.of()));
        }
        return new PanelMatrix(merged.evaluators(), rows);
    }

    /** Each evaluator's scoring habits over their submitted totals (advisory only). */
    public List<EvaluatorProfile> profiles(Round round) {
        Map<String, List<BigDecimal>> totals = new HashMap<>();
        Optional<MergedPanels.Merged> merged = results.merged(round);
        List<ScoreSheet> submitted = merged.isPresent()
                ? merged.get().sheets().values().stream().flatMap(List::stream).toList()
                : scoring.latestSubmittedOfRound(round.id());
        for (ScoreSheet sheet : submitted) {
            totals.computeIfAbsent(sheet.evaluatorId(), k -> new ArrayList<>()).add(sheet.total());
        }
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        totals.forEach((id, list) -> means.put(id, mean(list)));
        BigDecimal panelMean = means.isEmpty() ? null : mean(new ArrayList<>(means.values()));
        BigDecimal panelSd = means.size() < 2 ? null : deviation(new ArrayList<>(means.values()), panelMean);
        List<EvaluatorProfile> profiles = new ArrayList<>();
        for (PanelMember m : merged.map(MergedPanels.Merged::evaluators).orElseGet(evaluators::all)) {
            List<BigDecimal> list = totals.getOrDefault(m.id(), List.of());
            Optional<BigDecimal> mean = Optional.ofNullable(means.get(m.id()));
            Optional<BigDecimal> sd = list.size() < 2 ? Optional.empty() : Optional.of(deviation(list, mean.get()));
            Optional<BigDecimal> z = mean.isEmpty() || panelSd == null || panelSd.signum() == 0 ? Optional.empty()
                    : Optional.of(mean.get().subtract(panelMean).divide(panelSd, 2, RoundingMode.HALF_UP));
            profiles.add(new EvaluatorProfile(m, list.size(), mean.map(v -> v.setScale(2, RoundingMode.HALF_UP)),
                    sd.map(v -> v.setScale(2, RoundingMode.HALF_UP)), z));
        }
        return profiles;
    }

    /** Applications whose evaluator totals differ by more than the programme's spread limit. */
    public Map<String, BigDecimal> alerts(RoundResults r) {
        Map<String, BigDecimal> alerts = new TreeMap<>();
        r.outcomes().stream().filter(o -> o.aggregation().spreadAlert())
                .forEach(o -> alerts.put(o.receiptNo(), o.aggregation().spread().orElseThrow()));
        return alerts;
    }

    public Map<String, ChairDecision> acknowledgements(Round round) {
        return chair.acknowledgements(round.id());
    }

    public void acknowledge(Round round, String receiptNo, String by) {
        transactions.inTransaction(() -> {
            BigDecimal spread = alerts(results.results(round)).get(receiptNo);
            if (spread == null) {
                throw new RefusedException("chair.refused.noAlert", receiptNo);
            }
            chair.acknowledge(application(round, receiptNo).id(), spread, by, clock.instant());
            audit.append(by, "ALERT_ACKNOWLEDGED", round.programCode() + "/" + receiptNo,
                    Map.of("spread", spread.toPlainString()));
            return null;
        });
    }

    public Map<String, ChairDecision> exclusions(Round round) {
        return chair.exclusions(round.id());
    }

    /** Excludes a company from selection by hand (beyond capacity), with a written reason. */
    public void exclude(Round round, String receiptNo, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("chair.refused.reason");
        }
        transactions.inTransaction(() -> {
            chair.exclude(application(round, receiptNo).id(), reason.strip(), by, clock.instant());
            audit.append(by, "EXCLUSION", round.programCode() + "/" + receiptNo, Map.of("reason", reason.strip()));
            return null;
        });
    }

    public void include(Round round, String receiptNo, String by) {
        transactions.inTransaction(() -> {
            chair.include(application(round, receiptNo).id());
            audit.append(by, "EXCLUSION_WITHDRAWN", round.programCode() + "/" + receiptNo, Map.of());
            return null;
        });
    }

    /**
     * What stops finalisation. On the agency's database of a round with panels, every panel's result must
     * be in and final: a panel's chair finalised it after acknowledging its alerts and closing its missing
     * sheets, so those are the panel's to clear, not the agency's.
     */
    public Blockers blockers(Round round) {
        RoundResults r = results.results(round);
        List<String> review = r.outcomes().stream()
                .filter(o -> o.screening().status() == ScreeningStatus.NEEDS_REVIEW).map(o -> o.receiptNo()).toList();
        Optional<MergedPanels.Merged> merged = results.merged(round);
        if (merged.isPresent()) {
            return new Blockers(review, List.of(), Map.of(), merged.get().missing(), merged.get().provisional());
        }
        Map<String, ChairDecision> acks = chair.acknowledgements(round.id());
        List<String> alerts = alerts(r).keySet().stream().filter(k -> !acks.containsKey(k)).toList();
        Map<String, List<String>> missing = new TreeMap<>();
        for (PanelMatrix.Row row : matrix(round).rows()) {
            row.cells().forEach((evaluator, cell) -> {
                if (cell == PanelMatrix.Cell.MISSING || cell == PanelMatrix.Cell.DRAFT) {
                    missing.computeIfAbsent(row.receiptNo(), k -> new ArrayList<>()).add(evaluator);
                }
            });
        }
        return new Blockers(review, alerts, missing);
    }

    /**
     * Finalises the round: optionally acknowledging every spread alert and closing every missing sheet
     * first (recorded); refused, with nothing written, while anything still blocks.
     */
    public Finalisation finalise(Round round, String by, boolean acknowledgeAlerts,
            boolean closeMissing) {
        return transactions.inTransaction(() -> {
            Instant at = clock.instant();
            Blockers before = blockers(round);
            if (acknowledgeAlerts) {
                RoundResults r = results.results(round);
                Map<String, BigDecimal> alerts = alerts(r);
                for (String receipt : before.unacknowledgedAlerts()) {
                    chair.acknowledge(application(round, receipt).id(), alerts.get(receipt), by, at);
                    audit.append(by, "ALERT_ACKNOWLEDGED", round.programCode() + "/" + receipt,
                            Map.of("spread", alerts.get(receipt).toPlainString()));
                }
            }
            if (closeMissing) {
                for (Map.Entry<String, List<String>> e : before.missingSheets().entrySet()) {
                    long id = application(round, e.getKey()).id();
                    for (String evaluator : e.getValue()) {
                        chair.closeMissing(id, evaluator, by, at);
                    }
                    audit.append(by, "MISSING_CLOSED", round.programCode() + "/" + e.getKey(),
                            Map.of("evaluators", String.join(",", e.getValue())));
                }
            }
            Blockers after = blockers(round);
            if (!after.none()) {
                throw new FinaliseBlockedException(after);
            }
            String sha = resultsHash(results.results(round));
            chair.finalise(round.id(), by, at, sha);
            audit.append(by, "FINALISED", round.programCode(), Map.of("resultsSha256", sha));
            return chair.finalisation(round.id()).orElseThrow();
        });
    }

    public Optional<Finalisation> finalisation(Round round) {
        return chair.finalisation(round.id());
    }

    /** Finalised, and nothing changed since: the result workbook is then final, not provisional. */
    public boolean isFinal(Round round, RoundResults current) {
        return chair.finalisation(round.id()).map(f -> f.resultsSha256().equals(resultsHash(current))).orElse(false);
    }

    /** A hash of everything the decision consists of, to tell whether results changed after finalisation. */
    public static String resultsHash(RoundResults r) {
        StringBuilder text = new StringBuilder(r.round().programCode()).append('\n');
        for (ApplicationOutcome o : r.outcomes()) {
            AggregationResult a = o.aggregation();
            text.append(o.receiptNo()).append('|').append(o.screening().status()).append('|')
                    .append(a.totals().stream().map(t -> t.evaluatorId() + "=" + Decimals.plain(t.total())).toList())
                    .append('|').append(a.composite().map(BigDecimal::toPlainString).orElse("-")).append('|')
                    .append(a.status()).append('|').append(a.rank().map(String::valueOf).orElse("-")).append('|')
                    .append(o.packages().values()).append('\n');
        }
        return SheetContent.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private StoredApplication application(Round round, String receiptNo) {
        return rounds.application(round, receiptNo).orElseThrow(() -> new UnknownApplicationException(receiptNo));
    }

    private static String key(String receipt, String evaluator) {
        return receipt + "\u0000" + evaluator;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    private static BigDecimal deviation(List<BigDecimal> values, BigDecimal mean) {
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            squares = squares.add(v.subtract(mean).pow(2));
        }
        return squares.divide(BigDecimal.valueOf(values.size()), PRECISION).sqrt(PRECISION);
    }
}
