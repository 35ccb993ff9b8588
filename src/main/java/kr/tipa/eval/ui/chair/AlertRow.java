package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.Optional;
import kr.tipa.eval.model.ChairDecision;
import kr.tipa.eval.service.ChairService;

/**
 * A spread alert: an application whose evaluator totals differ by more than the programme allows.
 *
 * @param totals       each evaluator's total in panel order, in words ("김평가 90 · 이평가 60")
 * @param acknowledged the chair's acknowledgement, when given
 */
public record AlertRow(String receiptNo, String company, String totals, BigDecimal spread,
        Optional<ChairDecision> acknowledged) {
}
