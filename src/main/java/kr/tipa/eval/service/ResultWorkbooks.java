package kr.tipa.eval.service;

import java.nio.file.Path;
import kr.tipa.eval.model.Round;

/** The signed result workbook for the agency and the 이의신청 pack of one company. */
public interface ResultWorkbooks {

    /** What writing the result workbook did. */
    record Outcome(Path file, boolean provisional, String signer, String fingerprint) {
    }

    /** Writes and signs the result workbook (marked 잠정 until the round is finalised and unchanged since). */
    Outcome export(Round round, Path target);

    /**
     * Writes the appeal pack of one company, signed like the result workbook, the evaluators lettered
     * afresh for this pack.
     */
    Path appealPack(Round round, String receiptNo, Path target);
}
