package kr.tipa.eval.ui;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.EvaluatorService;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.service.KeyService;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.signing.Fingerprint;

/**
 * Everything the window decides its stage from, read together on a worker thread: whether the folder
 * waits for its password, who I am and my certificate's fingerprint, the newest round and my pledge.
 */
public final class WindowSituation {

    /** What was read. */
    public record Situation(boolean locked, Optional<PanelMember> self, Optional<Round> round, boolean pledged,
            Optional<Fingerprint> fingerprint) {

        static final Situation LOCKED = new Situation(true, Optional.empty(), Optional.empty(), false,
                Optional.empty());
        static final Situation NOTHING = new Situation(false, Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    private final FolderService folder;
    private final EvaluatorService evaluators;
    private final RoundService rounds;
    private final ScoringService scoring;
    private final KeyService keys;
    private final BooleanSupplier passwordKnown;

    /** @param passwordKnown whether the session already holds the folder's password */
    public WindowSituation(FolderService folder, EvaluatorService evaluators, RoundService rounds,
            ScoringService scoring, KeyService keys, BooleanSupplier passwordKnown) {
        this.folder = folder;
        this.evaluators = evaluators;
        this.rounds = rounds;
        this.scoring = scoring;
        this.keys = keys;
        this.passwordKnown = passwordKnown;
    }

    /** Reads the situation; an encrypted folder whose password is not known yet is not opened. */
    public Situation read() {
        if (folder.needsPassword() && !passwordKnown.getAsBoolean()) {
            return Situation.LOCKED;
        }
        if (!folder.hasDatabase()) {
            return Situation.NOTHING;
        }
        Optional<PanelMember> me = evaluators.self();
        Optional<Round> newest = rounds.all().stream().findFirst();
        boolean pledged = me.isPresent() && newest.isPresent()
                && scoring.pledgeAcceptedAt(newest.get(), me.get().id()).isPresent();
        return new Situation(false, me, newest, pledged, me.flatMap(m -> keys.fingerprint(m.id())));
    }
}
