package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;

/**
 * An application whose advisory adjusted composite lands on the other side of the cutoff or of the
 * capacity line than its official composite (참고용).
 *
 * @param change what would differ, in words
 */
public record CrossingRow(String receiptNo, String company, BigDecimal composite, BigDecimal adjusted, String change) {
}
