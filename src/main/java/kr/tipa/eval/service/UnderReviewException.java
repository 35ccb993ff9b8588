package kr.tipa.eval.service;

import java.util.List;
import kr.tipa.eval.i18n.Localizable;

/**
 * A split was asked for while applications are still NEEDS_REVIEW: the agency decides them first
 * (round-authoring.md §3). Nothing was written; every such receipt number is named.
 */
public final class UnderReviewException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final List<String> receiptNos;

    public UnderReviewException(List<String> receiptNos, List<Localizable> reasons) {
        super(reasons);
        this.receiptNos = List.copyOf(receiptNos);
    }

    /** The applications still to decide, in receipt-number order. */
    public List<String> receiptNos() {
        return receiptNos;
    }
}
