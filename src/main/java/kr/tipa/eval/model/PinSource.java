package kr.tipa.eval.model;

/** Why the chair's database takes one certificate, and only that one, as an evaluator's. */
public enum PinSource {
    /** The round's roster, signed by the agency, names the certificate's fingerprint. */
    ROSTER,
    /** Trust on first use: the certificate of the first sheet workbook imported, not yet checked. */
    FIRST_IMPORT,
    /** First import, then confirmed by the chair (the fingerprint read out over the phone, say). */
    CONFIRMED
}
