package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;

/**
 * One person's typing into sheets on this laptop: the own evaluator's, or — with a source — scores typed
 * for an evaluator who is not this laptop's own (위원장 대리 입력), all from that source: every version they
 * touch is then marked PROXY with who entered it and from what file, and a submission is never signed.
 * The rules of {@link ScoringService} apply otherwise (values, conflicts, read-only, the pledge).
 */
public final class Typing {

    private final ScoringService scoring;
    private final Optional<ProxySource> source;

    Typing(ScoringService scoring, Optional<ProxySource> source) {
        this.scoring = scoring;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Present for a proxy entry. */
    public Optional<ProxySource> source() {
        return source;
    }

    public ScoreSheet setScore(Round round, String receiptNo, String evaluatorId, String indicatorId,
            BigDecimal value) {
        return scoring.setScore(round, receiptNo, evaluatorId, indicatorId, value, source);
    }

    public ScoreSheet setComment(Round round, String receiptNo, String evaluatorId, String indicatorId,
            String comment) {
        return scoring.setComment(round, receiptNo, evaluatorId, indicatorId, comment, source);
    }

    public ScoreSheet setOpinion(Round round, String receiptNo, String evaluatorId, String opinion) {
        return scoring.setOpinion(round, receiptNo, evaluatorId, opinion, source);
    }

    public ScoreSheet startCorrection(Round round, String receiptNo, String evaluatorId) {
        return scoring.startCorrection(round, receiptNo, evaluatorId, source);
    }

    public ScoreSheet submit(Round round, String receiptNo, String evaluatorId) {
        return scoring.submit(round, receiptNo, evaluatorId, null, source);
    }
}
