/**
 * 참고용 (advisory) figures for the chair: how far the panel agreed, and where one harsh or lenient
 * evaluator may have moved an application across the cutoff. Nothing here decides an outcome: the official
 * 종합평점, status and rank stay those of program-rules.md §3 ({@code domain.aggregation}), and nothing here
 * is shown to an applicant.
 *
 * <p><b>Agreement</b> is Krippendorff's alpha over the evaluators' totals, with the applications as units
 * and the evaluators as coders (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011): a
 * recusal or a missing sheet is a missing value, and an application with fewer than two totals is not
 * pairable and drops out of the coincidence matrix. It is computed in {@code double}: it is a ratio of
 * sums of squares shown to three decimals, nothing is compared against it, and the bootstrap recomputes
 * it a thousand times.
 *
 * <p>Its 95% interval is a percentile bootstrap over the units: the pairable applications are drawn with
 * replacement, as many as there are, {@value Agreement#REPLICATES} times, from {@link java.util.Random}
 * seeded with {@value Agreement#SEED} (a generator whose sequence the Java specification fixes, so the same
 * scores give the same interval on every machine); a replicate whose alpha is undefined (no variation at
 * all) is left out, and the interval is the 2.5th and 97.5th percentiles of the rest, interpolated
 * between order statistics. Resampling applications, not single values, keeps each application's totals
 * together, which is what the interval is about: another set of applications scored by this panel.
 * (Krippendorff's own macro resamples pairable values instead; its intervals differ a little.)
 *
 * <p><b>The adjusted composite</b> puts each evaluator's totals on one scale: standardised (z) over the
 * applications that evaluator scored, averaged per application over the evaluators who scored it, and
 * mapped back onto the panel's scale (the mean and standard deviation of all the panel's totals), rounded
 * like the composite. It is computed in {@code BigDecimal} ({@link java.math.MathContext#DECIMAL64}, as the
 * chair's evaluator profiles are) because it is rounded and compared with the cutoff, where a binary
 * rounding error could move a value sitting at an exact half.
 */
package kr.tipa.eval.domain.advisory;
