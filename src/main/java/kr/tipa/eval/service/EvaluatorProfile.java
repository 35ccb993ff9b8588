package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.util.Optional;
import kr.tipa.eval.model.PanelMember;

/**
 * How an evaluator scores, for the chair's eye only: mean and spread of their submitted totals, and an
 * advisory z-score of that mean among the panel's means. It never replaces the official composite.
 */
public record EvaluatorProfile(PanelMember member, int sheets, Optional<BigDecimal> mean,
        Optional<BigDecimal> standardDeviation, Optional<BigDecimal> zScore) {
}
