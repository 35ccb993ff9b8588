package kr.tipa.eval.authoring;

import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.domain.panel.RoundSetup;

/**
 * What a round build wrote: the signed bundle and what it holds, the agency's certificate fingerprint
 * (for the committee to confirm), and every document type read from a file name.
 */
public record BuildReport(
        Path bundle,
        String programCode,
        String bundleId,
        String manifestSha256,
        int applications,
        int documents,
        long bytes,
        RoundSetup setup,
        String agencyFingerprint,
        String agencySigner,
        List<Intake.InferredType> inferred,
        int examplesSkipped,
        List<String> ignored) {

    public BuildReport {
        inferred = List.copyOf(inferred);
        ignored = List.copyOf(ignored);
    }
}
