package kr.tipa.eval.service;

/**
 * Signs a submitted sheet's canonical content with its evaluator's key, making the stored submission
 * tamper-evident. Until an evaluator has a key the submission is recorded unsigned.
 */
public interface SheetSigner {

    SheetSigner NONE = (evaluatorId, content) -> new byte[0];

    /** The signature of {@code content}; empty when the evaluator has no key. */
    byte[] sign(String evaluatorId, byte[] content);
}
