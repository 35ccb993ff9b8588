package kr.tipa.eval.service;

import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.i18n.Localizable;

/**
 * The bundle is a new version of a round already held: it is imported only when asked for. Nothing
 * was written.
 */
public final class NewVersionRequiredException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    private final String programCode;
    private final String heldBundleId;
    private final int heldVersion;

    public NewVersionRequiredException(String file, String programCode, String heldBundleId, int heldVersion,
            String newBundleId) {
        super(new BundleProblem(file, "bundleId",
                Localizable.of("import.newVersion.required", programCode, heldBundleId, heldVersion, newBundleId)));
        this.programCode = programCode;
        this.heldBundleId = heldBundleId;
        this.heldVersion = heldVersion;
    }

    public String programCode() {
        return programCode;
    }

    public String heldBundleId() {
        return heldBundleId;
    }

    public int heldVersion() {
        return heldVersion;
    }
}
