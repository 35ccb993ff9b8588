package kr.tipa.eval.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.domain.screening.ScreeningResult;
import kr.tipa.eval.domain.screening.ScreeningRules;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.ScreeningRepository;
import kr.tipa.eval.storage.Transactions;

/** Runs 자격 요건검토 over a round and records people's decisions over it. */
public final class ScreeningService {

    private final Transactions transactions;
    private final ApplicationRepository applications;
    private final ScreeningRepository screening;
    private final AuditLog audit;
    private final Clock clock;

    public ScreeningService(Transactions transactions, ApplicationRepository applications,
            ScreeningRepository screening, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.applications = applications;
        this.screening = screening;
        this.audit = audit;
        this.clock = clock;
    }

    /** Screens every current application of the round afresh, stores the results, and returns the decisions. */
    public List<ScreeningDecision> screen(Round round) {
        return transactions.inTransaction(() -> {
            List<Application> all = applications.ofRound(round.id()).stream()
                    .map(StoredApplication::application).toList();
            List<ScreeningResult> results = new ScreeningRules(round.program()).screenAll(all);
            screening.saveResults(round.id(), results);
            return withOverrides(round, results);
        });
    }

    /** The stored decisions, screening afresh if anything is missing. */
    public List<ScreeningDecision> decisions(Round round) {
        Map<String, ScreeningResult> stored = screening.results(round.id());
        List<kr.tipa.eval.model.ApplicationSummary> current = applications.summaries(round.id());
        if (current.stream().anyMatch(a -> !stored.containsKey(a.receiptNo()))) {
            return screen(round);
        }
        List<ScreeningResult> results = new ArrayList<>();
        for (var application : current) {
            results.add(stored.get(application.receiptNo()));
        }
        return withOverrides(round, results);
    }

    /** The decision for each receipt number, in receipt order. */
    public Map<String, ScreeningDecision> decisionsByReceipt(Round round) {
        Map<String, ScreeningDecision> byReceipt = new LinkedHashMap<>();
        decisions(round).forEach(d -> byReceipt.put(d.receiptNo(), d));
        return byReceipt;
    }

    /**
     * Records a person's screening decision with its reason (X01, or resolving NEEDS_REVIEW).
     *
     * @throws UnknownApplicationException when the round has no such receipt number
     */
    public ScreeningDecision override(Round round, String receiptNo, ScreeningStatus decision, String reason,
            String by) {
        return transactions.inTransaction(() -> {
            StoredApplication application = applications.find(round.id(), receiptNo)
                    .filter(a -> !a.withdrawn())
                    .orElseThrow(() -> new UnknownApplicationException(receiptNo));
            ScreeningOverride override = new ScreeningOverride(receiptNo, decision, reason.strip(), by.strip(),
                    clock.instant());
            screening.addOverride(application.id(), override);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("decision", decision.name());
            detail.put("reason", override.reason());
            audit.append(override.decidedBy(), "SCREENING_OVERRIDE", round.programCode() + "/" + receiptNo, detail);
            return decisionsByReceipt(round).get(receiptNo);
        });
    }

    public List<ScreeningOverride> overrideHistory(Round round) {
        return screening.overrideHistory(round.id());
    }

    private List<ScreeningDecision> withOverrides(Round round, List<ScreeningResult> results) {
        Map<String, ScreeningOverride> overrides = screening.latestOverrides(round.id());
        return results.stream()
                .map(r -> new ScreeningDecision(r, Optional.ofNullable(overrides.get(r.receiptNo()))))
                .toList();
    }
}
