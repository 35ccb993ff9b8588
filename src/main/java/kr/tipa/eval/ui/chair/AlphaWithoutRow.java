package kr.tipa.eval.ui.chair;

/**
 * Alpha of the panel without one evaluator, as shown: a rise means the others agree better without them.
 *
 * @param alpha  to three decimals, or a dash when undefined
 * @param change the difference from the panel's alpha, signed, or empty
 */
public record AlphaWithoutRow(String evaluator, String alpha, String change) {
}
