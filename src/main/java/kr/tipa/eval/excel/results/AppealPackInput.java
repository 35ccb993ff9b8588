package kr.tipa.eval.excel.results;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import kr.tipa.eval.domain.scoring.ScoreSheet;
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
 * @param letters     the evaluators of the application's sheets in the order of their letters (위원 A first);
 *                    drawn afresh for every pack ({@link #drawLetters}) so that the packs of different
 *                    companies cannot be lined up to follow one evaluator
 */
public record AppealPackInput(
        ApplicationOutcome outcome,
        Program program,
        Optional<String> exclusion,
        boolean provisional,
        Instant generatedAt,
        ZoneId zone,
        List<String> letters) {

    public AppealPackInput {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(exclusion, "exclusion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        letters = List.copyOf(letters);
        List<String> evaluators = outcome.sheets().stream().map(ScoreSheet::evaluatorId).toList();
        if (letters.size() != evaluators.size() || !new HashSet<>(letters).equals(new HashSet<>(evaluators))) {
            throw new IllegalArgumentException("the letters " + letters.size() + " must name each of the "
                    + evaluators.size() + " sheets' evaluators once");
        }
        if (exclusion.isPresent() && outcome.aggregation().status() == SelectionStatus.SELECTED) {
            throw new IllegalArgumentException("the chair excluded " + outcome.receiptNo()
                    + " but the results still select it; aggregate with the exclusion first");
        }
    }

    /** With letters drawn afresh. */
    public AppealPackInput(ApplicationOutcome outcome, Program program, Optional<String> exclusion,
            boolean provisional, Instant generatedAt, ZoneId zone) {
        this(outcome, program, exclusion, provisional, generatedAt, zone, drawLetters(outcome, new SecureRandom()));
    }

    /** With letters drawn afresh. */
    public AppealPackInput(ApplicationOutcome outcome, Program program, boolean provisional, Instant generatedAt,
            ZoneId zone) {
        this(outcome, program, Optional.empty(), provisional, generatedAt, zone);
    }

    /**
     * The application's evaluators in a uniformly random order (Fisher–Yates): who is 위원 A in one pack
     * says nothing about who is 위원 A in another.
     */
    public static List<String> drawLetters(ApplicationOutcome outcome, RandomGenerator random) {
        List<String> order = new ArrayList<>(outcome.sheets().stream().map(ScoreSheet::evaluatorId).toList());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        return order;
    }

    Optional<String> effectiveExclusion() {
        return exclusion.isPresent() ? exclusion : outcome.aggregation().exclusionReason();
    }
}
