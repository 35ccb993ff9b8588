package kr.tipa.eval.ui.panels;

import java.math.BigDecimal;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.SelectionStatus;

/**
 * One line of the merged ranking across panels, with where the cutoff line (after the last composite at or
 * above the cutoff) and the capacity line (after the capacity-th selected company) fall.
 */
public record MergedRow(Optional<Integer> rank, String receiptNo, String panel, String company,
        Optional<BigDecimal> composite, SelectionStatus status, boolean excluded, boolean cutoffLineAfter,
        boolean capacityLineAfter) {
}
