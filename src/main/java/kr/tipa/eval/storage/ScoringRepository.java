package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.ProxySource;

/**
 * Score sheets by version, conflicts and pledges. A sheet version is addressed by application id,
 * evaluator id and version number; only a DRAFT version can change.
 */
public interface ScoringRepository {

    /** The newest version, draft or submitted. */
    Optional<ScoreSheet> latest(long applicationId, String evaluatorId);

    /** Every version, oldest first. */
    List<ScoreSheet> versions(long applicationId, String evaluatorId);

    /** Creates a draft version holding {@code copyOf}'s scores and opinion (a correction), or empty ones. */
    void createDraft(long applicationId, String evaluatorId, int version, Optional<ScoreSheet> copyOf, Instant at);

    /** Sets one score or comment of a draft; false when there is no such draft (e.g. it was submitted). */
    boolean putScore(long applicationId, String evaluatorId, int version, Score score, Instant at);

    boolean putOpinion(long applicationId, String evaluatorId, int version, String opinion, Instant at);

    /**
     * Marks a draft submitted with its content hash and signature (null for a proxy entry, which is never
     * signed); false when it is not a draft.
     */
    boolean submit(long applicationId, String evaluatorId, int version, Instant at, String contentSha256,
            byte[] signature);

    /**
     * Marks a draft as typed by someone else (origin PROXY) from {@code source}, at {@code at}; the
     * newest source replaces an earlier one. False when there is no such draft.
     */
    boolean markProxy(long applicationId, String evaluatorId, int version, ProxySource source, Instant at);

    /** LOCAL, IMPORTED or PROXY, when the version exists. */
    Optional<String> origin(long applicationId, String evaluatorId, int version);

    /** Every sheet version of the round that was typed by someone else, oldest first. */
    List<ProxyEntry> proxyEntriesOfRound(long roundId);

    /** Records a version received from outside (a signed sheet the chair imported), already submitted. */
    void insertSubmitted(long applicationId, ScoreSheet sheet, String origin, String contentSha256, byte[] signature);

    /** The newest submitted version of every evaluator's sheet in the round. */
    List<ScoreSheet> latestSubmittedOfRound(long roundId);

    /** Every version of every sheet in the round, oldest first. */
    List<ScoreSheet> allVersionsOfRound(long roundId);

    /** The newest version of each of one evaluator's sheets in the round. */
    List<ScoreSheet> latestOfRound(long roundId, String evaluatorId);

    void addConflict(long applicationId, Conflict conflict);

    List<Conflict> conflictsOfRound(long roundId);

    void acceptPledge(long roundId, String evaluatorId, Instant at, String text);

    Optional<Instant> pledgeAcceptedAt(long roundId, String evaluatorId);

    /** The stored signature and content hash of a submitted version, when it has them. */
    Optional<SignedContent> signature(long applicationId, String evaluatorId, int version);

    /** What a submitted version was signed over. */
    record SignedContent(String contentSha256, byte[] signature, String origin) {
    }
}
