package kr.tipa.eval.ui.certificates;

import java.util.function.Consumer;
import javafx.stage.Window;
import kr.tipa.eval.signing.CertificateSummary;

/** Opens the certificate picker over a window: at first run, and in the evaluator's settings. */
@FunctionalInterface
public interface CertificatePickers {

    /**
     * @param holder   whose certificate is replaced (its current one is shown), or null at first run
     * @param importer takes the chosen certificate, on the writer thread
     * @param done     runs on the FX thread once it was taken; the picker has closed
     */
    void open(Window owner, String holder, CertificatePickerViewModel.Importer importer,
            Consumer<CertificateSummary> done);
}
