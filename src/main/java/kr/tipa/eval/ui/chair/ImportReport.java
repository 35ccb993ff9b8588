package kr.tipa.eval.ui.chair;

import java.util.List;

/**
 * What importing one sheet workbook found and did, in words for the chair.
 *
 * @param signer      the signer's name as their certificate says, empty when no signature held
 * @param fingerprint the short form of the signer's certificate fingerprint, empty when none
 * @param valid       whether the workbook's signature holds
 * @param verdict     "valid", or why not
 * @param result      what was loaded, or why nothing was
 * @param loaded      how many sheets were loaded
 * @param changes     each changed score as "receipt indicator: before → after", in rubric order
 * @param changeLines the same changes, one line per application ("receipt — indicator before → after, …")
 * @param state       where the import stands
 */
public record ImportReport(String fileName, String signer, String fingerprint, boolean valid, String verdict,
        String result, int loaded, List<String> changes, List<String> changeLines, State state) {

    /** Where one file's import stands. */
    public enum State {
        CHECKING, IMPORTED, UNCHANGED, REFUSED, AWAITING_REKEY
    }

    /** A report with nothing loaded and no changes. */
    static ImportReport of(String fileName, String signer, String fingerprint, boolean valid, String verdict,
            String result, State state) {
        return new ImportReport(fileName, signer, fingerprint, valid, verdict, result, 0, List.of(), List.of(), state);
    }

    public ImportReport {
        changes = List.copyOf(changes);
        changeLines = List.copyOf(changeLines);
    }
}
