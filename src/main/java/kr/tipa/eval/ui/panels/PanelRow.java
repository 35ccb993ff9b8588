package kr.tipa.eval.ui.panels;

import kr.tipa.eval.service.PanelResultImportService.PanelState;

/**
 * One panel as the agency's desk lists it: its state (imported / final / missing), who signed its current
 * result, the certificate's fingerprint and whether the roster named it or it was pinned at first import.
 */
public record PanelRow(String id, String name, PanelState.State state, String chair, String signer,
        String fingerprint, String version, String importedAt, boolean fromRoster) {

    /** The fingerprint's first eight pairs, short enough to read over the phone. */
    public String shortFingerprint() {
        return fingerprint.length() > 23 ? fingerprint.substring(0, 23) : fingerprint;
    }
}
