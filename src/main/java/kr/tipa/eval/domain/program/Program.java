package kr.tipa.eval.domain.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import kr.tipa.eval.domain.rubric.Rubric;

/**
 * A programme round as the bundle's manifest describes it: the announcement's deadline, the
 * 지원규모, the 60-point 종합평점 line, and how scores are aggregated.
 */
public record Program(
        String code,
        String name,
        String agency,
        String partner,
        OffsetDateTime applicationDeadline,
        int capacity,
        BigDecimal cutoff,
        AggregationRules aggregation,
        List<TieBreakKey> tieBreak,
        Rubric rubric) {

    public static final int DEFAULT_CAPACITY = 50;
    public static final BigDecimal DEFAULT_CUTOFF = BigDecimal.valueOf(60);

    public static final List<String> DEFAULT_TIE_BREAK =
            List.of("EXPORT_PLAN", "MARKETABILITY", "GLOBAL", TieBreakKey.SubmittedAt.NAME);

    public Program {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicationDeadline, "applicationDeadline");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(rubric, "rubric");
        tieBreak = List.copyOf(tieBreak);
    }

    /** The deadline's calendar date where the announcement states it (its own offset). */
    public LocalDate deadlineDate() {
        return applicationDeadline.toLocalDate();
    }
}
