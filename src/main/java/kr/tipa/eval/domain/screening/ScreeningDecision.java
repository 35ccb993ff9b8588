package kr.tipa.eval.domain.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What counts for an application: the automatic result, and over it the latest hand decision if any.
 * A hand exclusion with no automatic E/X reason behind it is the judgement X01 (지원목적·공고내용에
 * 부합하지 않는 경우), so X01 joins the reasons; the automatic reasons stay listed as the facts found.
 */
public record ScreeningDecision(ScreeningResult automatic, Optional<ScreeningOverride> override) {

    public ScreeningDecision {
        Objects.requireNonNull(automatic, "automatic");
        Objects.requireNonNull(override, "override");
    }

    public String receiptNo() {
        return automatic.receiptNo();
    }

    public ScreeningStatus status() {
        return override.map(ScreeningOverride::decision).orElse(automatic.status());
    }

    public List<ScreeningReason> reasons() {
        List<ScreeningReason> reasons = new ArrayList<>(automatic.reasons());
        boolean excludedByRule = reasons.stream().anyMatch(r -> r.code().excludes());
        if (status() == ScreeningStatus.INELIGIBLE && !excludedByRule) {
            reasons.add(new ScreeningReason(ScreeningCode.X01_PURPOSE_MISMATCH,
                    override.map(o -> List.of(o.reason())).orElse(List.of())));
            reasons.sort(Comparator.comparing(ScreeningReason::code));
        }
        return List.copyOf(reasons);
    }

    public List<ScreeningCode> codes() {
        return reasons().stream().map(ScreeningReason::code).toList();
    }

    public boolean overridden() {
        return override.isPresent();
    }
}
