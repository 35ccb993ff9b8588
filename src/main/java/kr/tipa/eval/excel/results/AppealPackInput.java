package kr.tipa.eval.excel.results;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.model.ApplicationOutcome;

/**
 * What the 이의신청 pack of one company shows: its own outcome and the programme's rules, nothing of any
 * other application.
 *
 * @param exclusion   the chair's written reason when the chair excluded this application (else the
 *                    aggregation's own exclusion reason, if any, is used)
 * @param provisional before finalisation: the pack is marked 잠정
 */
public record AppealPackInput(
        ApplicationOutcome outcome,
        Program program,
        Optional<String> exclusion,
        boolean provisional,
        Instant generatedAt,
        ZoneId zone) {

    public AppealPackInput {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(exclusion, "exclusion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        if (exclusion.isPresent() && outcome.aggregation().status() == SelectionStatus.SELECTED) {
            throw new IllegalArgumentException("the chair excluded " + outcome.receiptNo()
                    + " but the results still select it; aggregate with the exclusion first");
        }
    }

    public AppealPackInput(ApplicationOutcome outcome, Program program, boolean provisional, Instant generatedAt,
            ZoneId zone) {
        this(outcome, program, Optional.empty(), provisional, generatedAt, zone);
    }

    Optional<String> effectiveExclusion() {
        return exclusion.isPresent() ? exclusion : outcome.aggregation().exclusionReason();
    }
}
