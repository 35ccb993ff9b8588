package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.Decimals;

/** What a draft must still satisfy at the moment it is submitted, beyond being complete. */
final class SubmissionChecks {

    private SubmissionChecks() {
    }

    /** Every stored value is checked again against the rubric the sheet is signed under. */
    static void refuseIfNotAllowed(Rubric rubric, String receiptNo, ScoreSheet draft) {
        List<Localizable> problems = new ArrayList<>();
        for (Indicator indicator : rubric.indicators()) {
            BigDecimal value = draft.value(indicator.id()).orElse(null);
            if (value != null && rubric.check(indicator.id(), value).isPresent()) {
                problems.add(Localizable.of("scoring.refused.storedNotAllowed", receiptNo,
                        indicator.id(), Decimals.plain(value), Decimals.plain(indicator.maxPoints()),
                        Decimals.plain(rubric.step())));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
    }

    static void refuseIfNotAsShown(Rubric rubric, String receiptNo, ScoreSheet draft,
            Map<String, BigDecimal> shown) {
        for (Indicator indicator : rubric.indicators()) {
            BigDecimal stored = draft.value(indicator.id()).orElse(null);
            BigDecimal seen = shown.get(indicator.id());
            boolean same = stored == null ? seen == null : seen != null && stored.compareTo(seen) == 0;
            if (!same) {
                throw new RefusedException("scoring.refused.notAsShown", receiptNo, indicator.id(),
                        seen == null ? "-" : Decimals.plain(seen), stored == null ? "-" : Decimals.plain(stored));
            }
        }
    }
}
