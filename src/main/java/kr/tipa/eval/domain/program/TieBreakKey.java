package kr.tipa.eval.domain.program;

/**
 * One key of the tie-break chain (program-rules.md §3.6): the mean of a rubric category's subtotals,
 * or the submission time.
 */
public sealed interface TieBreakKey {

    /** The spec's name for the key: a category id, or {@code SUBMITTED_AT}. */
    String name();

    /** Higher mean of this category's subtotals ranks first. */
    record CategoryMean(String categoryId) implements TieBreakKey {
        @Override
        public String name() {
            return categoryId;
        }
    }

    /** Earlier {@code submittedAt} ranks first. */
    record SubmittedAt() implements TieBreakKey {
        public static final String NAME = "SUBMITTED_AT";

        @Override
        public String name() {
            return NAME;
        }
    }

    static TieBreakKey parse(String name) {
        return SubmittedAt.NAME.equals(name) ? new SubmittedAt() : new CategoryMean(name);
    }
}
