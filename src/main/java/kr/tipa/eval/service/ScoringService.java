package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.ScoreProblem;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.WorkItem;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.EvaluatorRepository;
import kr.tipa.eval.storage.ScoringRepository;
import kr.tipa.eval.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An evaluator's scoring (program-rules.md §2): every change is committed at once (autosave); only a
 * complete sheet can be submitted; a submitted version is read-only and a correction is the next
 * version; a declared conflict closes the application to that evaluator.
 *
 * <p>The plain methods are the laptop's own evaluator entering their own scores, after their pledge;
 * scores typed for anyone else go through {@link #proxy} and are never signed (see {@link EntryGuard}).
 */
public final class ScoringService {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    private final Transactions transactions;
    private final ApplicationRepository applications;
    private final ScoringRepository scoring;
    private final EvaluatorRepository evaluators;
    private final ScreeningService screening;
    private final AuditLog audit;
    private final SheetSigner signer;
    private final EntryGuard guard;
    private final Clock clock;

    public ScoringService(Transactions transactions, ApplicationRepository applications, ScoringRepository scoring,
            EvaluatorRepository evaluators, ScreeningService screening, AuditLog audit, SheetSigner signer,
            Clock clock) {
        this.transactions = transactions;
        this.applications = applications;
        this.scoring = scoring;
        this.evaluators = evaluators;
        this.screening = screening;
        this.audit = audit;
        this.signer = signer;
        this.guard = new EntryGuard(evaluators, scoring);
        this.clock = clock;
    }

    /** Scores typed on this laptop for another evaluator, from {@code source}: 위원장 대리 입력. */
    public Typing proxy(ProxySource source) {
        return new Typing(this, Optional.of(source));
    }

    /** The own evaluator's typing when {@code proxy} is empty, else {@link #proxy}. */
    Typing typing(Optional<ProxySource> proxy) {
        return new Typing(this, proxy);
    }

    /**
     * Refuses now, before anything is read or written, what {@link #setScore} and {@link #submit} would
     * refuse for who is entering: an evaluator other than this laptop's own without a proxy source, the own
     * evaluator without their pledge, a proxy entry while the person at this laptop has not pledged.
     */
    public void requireMayEnter(Round round, String evaluatorId, Optional<ProxySource> proxy) {
        guard.require(round, evaluatorId, proxy);
    }

    /** The sheet to show: the newest version, or an empty first draft (not stored until something is entered). */
    public ScoreSheet sheet(Round round, String receiptNo, String evaluatorId) {
        StoredApplication application = application(round, receiptNo);
        return scoring.latest(application.id(), evaluatorId).orElse(ScoreSheet.empty(receiptNo, evaluatorId));
    }

    /** My conflict on the application: the one I declared, or the agency's 제척 of me. */
    public Optional<Conflict> conflict(Round round, String receiptNo, String evaluatorId) {
        application(round, receiptNo);
        return scoring.conflictsOfRound(round.id()).stream()
                .filter(c -> c.receiptNo().equals(receiptNo) && c.evaluatorId().equals(evaluatorId)).findFirst();
    }

    /** Who typed this version of the sheet when it was not its evaluator (위원장 대리 입력). */
    public Optional<ProxyEntry> proxyEntry(Round round, String receiptNo, String evaluatorId, int version) {
        return scoring.proxyEntriesOfRound(round.id()).stream().filter(p -> p.receiptNo().equals(receiptNo)
                && p.evaluatorId().equals(evaluatorId) && p.version() == version).findFirst();
    }

    public List<ScoreSheet> versions(Round round, String receiptNo, String evaluatorId) {
        return scoring.versions(application(round, receiptNo).id(), evaluatorId);
    }

    /** Every application of the round with my state on it, in receipt order. */
    public List<WorkItem> workload(Round round, String evaluatorId) {
        Map<String, ScoreSheet> sheets = scoring.latestOfRound(round.id(), evaluatorId).stream()
                .collect(Collectors.toMap(ScoreSheet::receiptNo, s -> s));
        Map<String, Conflict> conflicts = new HashMap<>();
        scoring.conflictsOfRound(round.id()).stream().filter(c -> c.evaluatorId().equals(evaluatorId))
                .forEach(c -> conflicts.put(c.receiptNo(), c));
        Map<String, ScreeningDecision> decisions = screening.decisionsByReceipt(round);
        Map<String, Boolean> everSubmitted = new HashMap<>();
        scoring.latestSubmittedOfRound(round.id()).stream().filter(s -> s.evaluatorId().equals(evaluatorId))
                .forEach(s -> everSubmitted.put(s.receiptNo(), true));
        return applications.summaries(round.id()).stream().map(a -> {
            Optional<ScoreSheet> sheet = Optional.ofNullable(sheets.get(a.receiptNo()));
            WorkState state = state(sheet, conflicts.containsKey(a.receiptNo()),
                    everSubmitted.containsKey(a.receiptNo()));
            Optional<Conflict> conflict = Optional.ofNullable(conflicts.get(a.receiptNo()));
            return new WorkItem(a, decisions.get(a.receiptNo()), state, sheet, conflict.map(Conflict::reason),
                    conflict.map(Conflict::byAgency).orElse(false));
        }).toList();
    }

    static WorkState state(Optional<ScoreSheet> sheet, boolean conflict, boolean everSubmitted) {
        if (conflict) {
            return WorkState.CONFLICT;
        }
        if (sheet.isEmpty() || (!sheet.get().submitted() && sheet.get().isEmpty() && !everSubmitted)) {
            return WorkState.NOT_STARTED;
        }
        if (sheet.get().submitted()) {
            return WorkState.SUBMITTED;
        }
        return everSubmitted ? WorkState.CORRECTING : WorkState.IN_PROGRESS;
    }

    /**
     * Sets (or with null clears) one indicator's score on my draft, committed at once.
     *
     * @throws RefusedException when the value is not allowed, the sheet is submitted, or I declared a conflict
     */
    public ScoreSheet setScore(Round round, String receiptNo, String evaluatorId, String indicatorId,
            BigDecimal value) {
        return setScore(round, receiptNo, evaluatorId, indicatorId, value, Optional.empty());
    }

    ScoreSheet setScore(Round round, String receiptNo, String evaluatorId, String indicatorId, BigDecimal value,
            Optional<ProxySource> proxy) {
        Rubric rubric = round.program().rubric();
        if (rubric.indicator(indicatorId).isEmpty()) {
            throw new RefusedException("scoring.refused.unknownIndicator", indicatorId);
        }
        if (value != null) {
            Optional<ScoreProblem> problem = rubric.check(indicatorId, value);
            if (problem.isPresent()) {
                throw new RefusedException("scoring.refused." + problem.get().name(), Decimals.plain(value),
                        Decimals.plain(rubric.indicator(indicatorId).orElseThrow().maxPoints()),
                        Decimals.plain(rubric.step()));
            }
        }
        return edit(round, receiptNo, evaluatorId, proxy, (applicationId, draft, at) -> {
            Score score = new Score(indicatorId, value, draft.comment(indicatorId));
            return scoring.putScore(applicationId, evaluatorId, draft.version(), score, at);
        });
    }

    public ScoreSheet setComment(Round round, String receiptNo, String evaluatorId, String indicatorId,
            String comment) {
        return setComment(round, receiptNo, evaluatorId, indicatorId, comment, Optional.empty());
    }

    ScoreSheet setComment(Round round, String receiptNo, String evaluatorId, String indicatorId, String comment,
            Optional<ProxySource> proxy) {
        if (round.program().rubric().indicator(indicatorId).isEmpty()) {
            throw new RefusedException("scoring.refused.unknownIndicator", indicatorId);
        }
        return edit(round, receiptNo, evaluatorId, proxy, (applicationId, draft, at) -> scoring.putScore(applicationId,
                evaluatorId, draft.version(), new Score(indicatorId, draft.value(indicatorId).orElse(null),
                        comment == null ? "" : comment), at));
    }

    public ScoreSheet setOpinion(Round round, String receiptNo, String evaluatorId, String opinion) {
        return setOpinion(round, receiptNo, evaluatorId, opinion, Optional.empty());
    }

    ScoreSheet setOpinion(Round round, String receiptNo, String evaluatorId, String opinion,
            Optional<ProxySource> proxy) {
        return edit(round, receiptNo, evaluatorId, proxy, (applicationId, draft, at) ->
                scoring.putOpinion(applicationId, evaluatorId, draft.version(), opinion == null ? "" : opinion, at));
    }

    /**
     * Submits my draft: it must be complete; it is signed and from then on read-only.
     *
     * @throws RefusedException when incomplete, already submitted, or conflicted
     */
    public ScoreSheet submit(Round round, String receiptNo, String evaluatorId) {
        return submit(round, receiptNo, evaluatorId, null);
    }

    /**
     * Submits my draft as it was shown to me: {@code shown} holds each indicator's value as the screen
     * showed it when I agreed to sign (null when unscored). Nothing is signed when the stored draft
     * differs from it in any indicator, or when a stored value is one the round's rubric does not allow
     * (a new version of the round may have changed the rubric under a draft).
     *
     * @param shown the values I saw, or null when there was nothing to see (a script)
     * @throws RefusedException when incomplete, not as shown, already submitted, or conflicted
     */
    public ScoreSheet submit(Round round, String receiptNo, String evaluatorId, Map<String, BigDecimal> shown) {
        return submit(round, receiptNo, evaluatorId, shown, Optional.empty());
    }

    /**
     * The submission itself. Only the own evaluator's sheet is signed, with their key; a proxy entry — or a
     * version someone else typed into before — is stored with origin PROXY and no signature, so that no
     * key ever claims an evaluator typed what they did not.
     */
    ScoreSheet submit(Round round, String receiptNo, String evaluatorId, Map<String, BigDecimal> shown,
            Optional<ProxySource> proxy) {
        return transactions.inTransaction(() -> {
            StoredApplication application = application(round, receiptNo);
            guard.require(round, evaluatorId, proxy);
            refuseIfConflicted(round, receiptNo, evaluatorId);
            ScoreSheet draft = scoring.latest(application.id(), evaluatorId)
                    .orElseThrow(() -> new RefusedException("scoring.refused.incomplete", receiptNo,
                            round.program().rubric().indicators().size()));
            if (draft.submitted()) {
                throw new RefusedException("scoring.refused.alreadySubmitted", receiptNo, draft.version());
            }
            Rubric rubric = round.program().rubric();
            if (!draft.isComplete(rubric)) {
                throw new RefusedException("scoring.refused.incomplete", receiptNo, draft.missing(rubric).size());
            }
            SubmissionChecks.refuseIfNotAllowed(rubric, receiptNo, draft);
            if (shown != null) {
                SubmissionChecks.refuseIfNotAsShown(rubric, receiptNo, draft, shown);
            }
            // Stored with microseconds: the signed content must be what reading it back gives.
            Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            ScoreSheet submitted = new ScoreSheet(draft.receiptNo(), draft.evaluatorId(), draft.version(),
                    kr.tipa.eval.domain.scoring.SheetState.SUBMITTED, draft.scores(), draft.overallOpinion(), at, at);
            byte[] content = SheetContent.bytes(round.programCode(), submitted);
            String sha = SheetContent.sha256(content);
            proxy.ifPresent(source -> scoring.markProxy(application.id(), evaluatorId, draft.version(), source, at));
            boolean typedByOther = proxy.isPresent() || scoring.origin(application.id(), evaluatorId,
                    draft.version()).filter("PROXY"::equals).isPresent();
            scoring.submit(application.id(), evaluatorId, draft.version(), at, sha,
                    typedByOther ? null : signer.sign(evaluatorId, content));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("version", draft.version());
            detail.put("contentSha256", sha);
            if (proxy.isPresent()) {
                detail.put("evaluator", evaluatorId);
                detail.put("sourceFile", proxy.get().sourceFile());
                detail.put("sourceSha256", proxy.get().sourceSha256());
                audit.append(proxy.get().enteredBy(), "PROXY_SUBMISSION", round.programCode() + "/" + receiptNo,
                        detail);
            } else {
                detail.put("signed", !typedByOther);
                audit.append(evaluatorId, draft.version() == 1 ? "SUBMISSION" : "SUBMISSION_VERSION",
                        round.programCode() + "/" + receiptNo, detail);
            }
            LOG.info("sheet submitted: {} {} for {}, version {}{}", round.programCode(), receiptNo, evaluatorId,
                    draft.version(), typedByOther ? " (proxy entry, unsigned)" : "");
            return scoring.latest(application.id(), evaluatorId).orElseThrow();
        });
    }

    /** Opens a correction of my submitted sheet: the next version, a draft copy of the last one. */
    public ScoreSheet startCorrection(Round round, String receiptNo, String evaluatorId) {
        return startCorrection(round, receiptNo, evaluatorId, Optional.empty());
    }

    ScoreSheet startCorrection(Round round, String receiptNo, String evaluatorId, Optional<ProxySource> proxy) {
        return transactions.inTransaction(() -> {
            StoredApplication application = application(round, receiptNo);
            guard.require(round, evaluatorId, proxy);
            ScoreSheet latest = scoring.latest(application.id(), evaluatorId)
                    .orElseThrow(() -> new RefusedException("scoring.refused.notSubmitted", receiptNo));
            if (!latest.submitted()) {
                return latest;
            }
            Instant at = clock.instant();
            scoring.createDraft(application.id(), evaluatorId, latest.version() + 1, Optional.of(latest), at);
            proxy.ifPresent(source -> scoring.markProxy(application.id(), evaluatorId, latest.version() + 1, source,
                    at));
            return scoring.latest(application.id(), evaluatorId).orElseThrow();
        });
    }

    /**
     * Declares a conflict of interest (회피): the application leaves my workload and I score nothing on it.
     * A conflict found after submitting still counts: the submitted sheet then leaves the aggregation,
     * since a conflicted score must never weigh in the composite.
     */
    public Conflict declareConflict(Round round, String receiptNo, String evaluatorId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("scoring.refused.conflictReason");
        }
        return transactions.inTransaction(() -> {
            StoredApplication application = application(round, receiptNo);
            requireEvaluator(evaluatorId);
            refuseIfConflicted(round, receiptNo, evaluatorId);
            Conflict conflict = new Conflict(receiptNo, evaluatorId, reason.strip(), clock.instant());
            scoring.addConflict(application.id(), conflict);
            audit.append(evaluatorId, "CONFLICT", round.programCode() + "/" + receiptNo,
                    Map.of("reason", conflict.reason()));
            return conflict;
        });
    }

    /** The evaluator accepts the pledge for the round themselves (the window's pledge screen). */
    public void acceptPledge(Round round, String evaluatorId, String text) {
        acceptPledge(round, evaluatorId, text, evaluatorId);
    }

    /**
     * Records the evaluator's pledge for the round, with the text they agreed to; {@code recordedBy} is
     * who recorded it (the evaluator, or whoever ran {@code pledge} for a pledge given on paper). A pledge
     * already recorded is kept as it was.
     *
     * @return when the pledge was accepted (earlier, when it already was)
     */
    public Instant acceptPledge(Round round, String evaluatorId, String text, String recordedBy) {
        return transactions.inTransaction(() -> {
            requireEvaluator(evaluatorId);
            Optional<Instant> earlier = scoring.pledgeAcceptedAt(round.id(), evaluatorId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Instant at = clock.instant();
            scoring.acceptPledge(round.id(), evaluatorId, at, text);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("evaluator", evaluatorId);
            detail.put("text", text);
            audit.append(recordedBy, "PLEDGE", round.programCode(), detail);
            return at;
        });
    }

    public Optional<Instant> pledgeAcceptedAt(Round round, String evaluatorId) {
        return scoring.pledgeAcceptedAt(round.id(), evaluatorId);
    }

    /** A change to my draft, made in one transaction; a first change creates the draft. */
    @FunctionalInterface
    private interface Edit {
        boolean apply(long applicationId, ScoreSheet draft, Instant at);
    }

    private ScoreSheet edit(Round round, String receiptNo, String evaluatorId, Optional<ProxySource> proxy,
            Edit edit) {
        return transactions.inTransaction(() -> {
            StoredApplication application = application(round, receiptNo);
            guard.require(round, evaluatorId, proxy);
            refuseIfConflicted(round, receiptNo, evaluatorId);
            Instant at = clock.instant();
            Optional<ScoreSheet> latest = scoring.latest(application.id(), evaluatorId);
            if (latest.isPresent() && latest.get().submitted()) {
                throw new RefusedException("scoring.refused.readOnly", receiptNo, latest.get().version());
            }
            if (latest.isEmpty()) {
                requireEvaluator(evaluatorId);
                scoring.createDraft(application.id(), evaluatorId, 1, Optional.empty(), at);
            }
            ScoreSheet draft = latest.orElse(ScoreSheet.empty(receiptNo, evaluatorId));
            if (!edit.apply(application.id(), draft, at)) {
                throw new RefusedException("scoring.refused.readOnly", receiptNo, draft.version());
            }
            proxy.ifPresent(source -> scoring.markProxy(application.id(), evaluatorId, draft.version(), source, at));
            return scoring.latest(application.id(), evaluatorId).orElseThrow();
        });
    }

    /** Nothing is scored under a conflict; the agency's 제척 says so in its own words (it is not mine to undo). */
    private void refuseIfConflicted(Round round, String receiptNo, String evaluatorId) {
        Optional<Conflict> conflict = scoring.conflictsOfRound(round.id()).stream()
                .filter(c -> c.receiptNo().equals(receiptNo) && c.evaluatorId().equals(evaluatorId)).findFirst();
        if (conflict.isPresent()) {
            throw conflict.get().byAgency()
                    ? new RefusedException("scoring.refused.agencyConflict", receiptNo, conflict.get().reason())
                    : new RefusedException("scoring.refused.conflict", receiptNo);
        }
    }

    private void requireEvaluator(String evaluatorId) {
        if (evaluators.find(evaluatorId).isEmpty()) {
            throw new RefusedException("scoring.refused.unknownEvaluator", evaluatorId);
        }
    }

    private StoredApplication application(Round round, String receiptNo) {
        return applications.find(round.id(), receiptNo).filter(a -> !a.withdrawn())
                .orElseThrow(() -> new UnknownApplicationException(receiptNo));
    }
}
