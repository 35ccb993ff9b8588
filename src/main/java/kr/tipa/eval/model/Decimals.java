package kr.tipa.eval.model;

import java.math.BigDecimal;

/** How the application writes a decimal wherever people read it: 8, 7.5, 100 — never 8.0000 or 1E+2. */
public final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros and never in exponent form (null stays null). */
    public static BigDecimal stripped(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String plain(BigDecimal value) {
        return stripped(value).toPlainString();
    }
}
