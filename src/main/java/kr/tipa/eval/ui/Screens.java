package kr.tipa.eval.ui;

import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;

/**
 * Builds the screen for each stage of the window, each with its own view model and only the services it
 * uses. The main window (the composition point) implements it; the view only asks.
 */
public interface Screens {

    /** The password: at start for an encrypted folder, or over the work after idling. */
    Screen unlock(boolean idle);

    /** First run: who scores on this laptop, or a restore from a backup. */
    Screen profile();

    /** 보안·청렴 서약 for the round. */
    Screen pledge(Round round, PanelMember me);

    Desk evaluatorDesk(Round round, PanelMember me);

    Desk chairDesk(Round round, PanelMember me);

    /** The certificate picker over the window (파일 > 서명 인증서…): the certificate chosen signs my sheets from now on. */
    void signingCertificate(PanelMember me);

    /**
     * The agency's desk (전담기관): the round build from the start, screening and the split once a round is
     * held. It follows the window's round itself, so that a round built and imported there stays on it.
     */
    Desk agencyDesk(PanelMember me);
}
