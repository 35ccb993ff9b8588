package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.signing.ManifestSignatures;

/** The agency's signature entry of a version 2 bundle ({@link Manifest#SIGNATURE_ENTRY}), as the reader judges it. */
final class SignatureEntry {

    /** A CMS signature with a certificate chain is a few kilobytes; more is not a signature. */
    static final long MAX_BYTES = 256 * 1024;

    private SignatureEntry() {
    }

    /** The signer when {@code signature} is one signer's detached signature of exactly {@code manifest}. */
    static ManifestSignatures.Signer verify(byte[] manifest, byte[] signature) throws BundleIntegrityException {
        if (signature.length > MAX_BYTES) {
            throw refusal("bundle.signature.tooLarge", MAX_BYTES / 1024);
        }
        try {
            return ManifestSignatures.verify(manifest, signature);
        } catch (ManifestSignatures.InvalidSignatureException e) {
            throw refusal("bundle.signature." + e.failure().name());
        }
    }

    /**
     * Whether the manifest says it is a signed version, read before it is checked field by field; a
     * newer version than this build reads is refused as such, signed or not.
     */
    static boolean declaresSignedVersion(JsonNode manifest) {
        JsonNode version = manifest.path("formatVersion");
        return version.isIntegralNumber() && version.canConvertToInt()
                && version.intValue() >= Manifest.SIGNED_VERSION && version.intValue() <= Manifest.SUPPORTED_VERSION;
    }

    static BundleIntegrityException refusal(String key, Object... args) {
        return new BundleIntegrityException(new BundleProblem(Manifest.SIGNATURE_ENTRY, "", Localizable.of(key, args)));
    }
}
