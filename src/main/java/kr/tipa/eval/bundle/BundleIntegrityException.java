package kr.tipa.eval.bundle;

/**
 * The bundle is refused because its agency signature is missing or does not hold, or because it is not
 * signed by the certificate this programme's rounds are pinned to. Nothing of it was written; commands
 * exit 3 on it, as on any signature fault.
 */
public class BundleIntegrityException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public BundleIntegrityException(BundleProblem problem) {
        super(problem);
    }
}
