package kr.tipa.eval.ui.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the evaluator is asked before a sheet is signed (or a signed one reopened): the application, the
 * total and the version as the form shows them, and every value shown, so that what is signed can be
 * held to what was seen.
 *
 * @param version for {@link Kind#SUBMIT} the version being signed; for {@link Kind#CORRECTION} the
 *                submitted version being corrected (the correction is the next one)
 * @param values  each indicator's value as shown (null when unscored), in rubric order
 */
public record SigningQuestion(Kind kind, String receiptNo, String company, BigDecimal total, BigDecimal maxTotal,
        int version, Map<String, BigDecimal> values) {

    /** Which decision is asked for. */
    public enum Kind {
        /** Sign and submit the draft: it becomes read-only. */
        SUBMIT,
        /** Open the next version of a submitted sheet. */
        CORRECTION
    }

    public SigningQuestion {
        // Map.copyOf refuses null values, and an unscored indicator is exactly a null value.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether the sheet asked about is itself a correction (version 2 or later). */
    public boolean isCorrectionVersion() {
        return version > 1;
    }
}
