package kr.tipa.eval.bundle;

/** Signs the exact bytes of a manifest.json; returns the signature entry's content. */
@FunctionalInterface
public interface ManifestSigner {

    byte[] sign(byte[] manifest);
}
