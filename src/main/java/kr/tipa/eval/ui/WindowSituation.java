package kr.tipa.eval.ui;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.EvaluatorService;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.signing.Fingerprint;

/**
 * Everything the window decides its stage from, read together on a worker thread: whether the folder
 * waits for its password, who I am and the certificate I sign with, the newest round and my pledge, and the
 * certificate that round's roster names for me.
 */
public final class WindowSituation {

    /**
     * What was read.
     *
     * @param certificate the certificate I sign with
     * @param roster      the fingerprint the newest round's roster names for me, if it names one
     */
    public record Situation(boolean locked, Optional<PanelMember> self, Optional<Round> round, boolean pledged,
            Optional<CertificateSummary> certificate, Optional<Fingerprint> roster) {

        static final Situation LOCKED = new Situation(true, Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty());
        static final Situation NOTHING = new Situation(false, Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty());

        /** The roster names a certificate for me and I sign with another: the chair would refuse my sheets. */
        public boolean notTheRosters() {
            return roster.isPresent() && certificate.isPresent() && !roster.get().equals(certificate.get().fingerprint());
        }
    }

    private final FolderService folder;
    private final EvaluatorService evaluators;
    private final RoundService rounds;
    private final ScoringService scoring;
    private final SigningCertificates certificates;
    private final BooleanSupplier passwordKnown;

    /** @param passwordKnown whether the session already holds the folder's password */
    public WindowSituation(FolderService folder, EvaluatorService evaluators, RoundService rounds,
            ScoringService scoring, SigningCertificates certificates, BooleanSupplier passwordKnown) {
        this.folder = folder;
        this.evaluators = evaluators;
        this.rounds = rounds;
        this.scoring = scoring;
        this.certificates = certificates;
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
        return new Situation(false, me, newest, pledged, me.flatMap(m -> certificates.signing(m.id())),
                me.flatMap(m -> certificates.roster(m.id())));
    }
}
