package kr.tipa.eval.domain.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scoring rubric (평가지표): categories of indicators, each scored in multiples of {@code step}
 * between 0 and its maximum (program-rules.md §2). Works for any rubric, not only KSURE-EXPORT-2024.
 */
public final class Rubric {
    private final String id;
    private final String name;
    private final BigDecimal maxTotal;
    private final BigDecimal step;
    private final List<RubricCategory> categories;
    private final Map<String, Indicator> indicatorsById = new LinkedHashMap<>();
    private final Map<String, RubricCategory> categoryByIndicator = new LinkedHashMap<>();

    public Rubric(String id, String name, BigDecimal maxTotal, BigDecimal step, List<RubricCategory> categories) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.maxTotal = Objects.requireNonNull(maxTotal, "maxTotal");
        this.step = Objects.requireNonNull(step, "step");
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("step must be positive");
        }
        this.categories = List.copyOf(categories);
        for (RubricCategory category : this.categories) {
            for (Indicator indicator : category.indicators()) {
                if (indicatorsById.put(indicator.id(), indicator) != null) {
                    throw new IllegalArgumentException("duplicate indicator id " + indicator.id());
                }
                categoryByIndicator.put(indicator.id(), category);
            }
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BigDecimal maxTotal() {
        return maxTotal;
    }

    public BigDecimal step() {
        return step;
    }

    public List<RubricCategory> categories() {
        return categories;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicatorsById.values());
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return Optional.ofNullable(indicatorsById.get(indicatorId));
    }

    public Optional<RubricCategory> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    public Optional<RubricCategory> categoryOf(String indicatorId) {
        return Optional.ofNullable(categoryByIndicator.get(indicatorId));
    }

    /** Whether {@code value} may be entered for the indicator; empty when it may. */
    public Optional<ScoreProblem> check(String indicatorId, BigDecimal value) {
        Indicator indicator = indicatorsById.get(indicatorId);
        if (indicator == null) {
            return Optional.of(ScoreProblem.UNKNOWN_INDICATOR);
        }
        if (value.signum() < 0) {
            return Optional.of(ScoreProblem.NEGATIVE);
        }
        if (value.compareTo(indicator.maxPoints()) > 0) {
            return Optional.of(ScoreProblem.ABOVE_MAXIMUM);
        }
        if (value.remainder(step).signum() != 0) {
            return Optional.of(ScoreProblem.OFF_STEP);
        }
        return Optional.empty();
    }

    /**
     * Inconsistencies that make the rubric unusable (a category whose indicators do not add up to its
     * maximum, a maximum off the step, ...), as human-checkable facts. Empty for a sound rubric.
     */
    public List<String> inconsistencies() {
        List<String> problems = new ArrayList<>();
        BigDecimal sumOfCategories = BigDecimal.ZERO;
        List<String> categoryIds = new ArrayList<>();
        for (RubricCategory category : categories) {
            if (categoryIds.contains(category.id())) {
                problems.add("categories." + category.id() + ": duplicate id");
            }
            categoryIds.add(category.id());
            if (category.indicators().isEmpty()) {
                problems.add("categories." + category.id() + ".indicators: empty");
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator indicator : category.indicators()) {
                if (indicator.maxPoints().signum() <= 0 || indicator.maxPoints().remainder(step).signum() != 0) {
                    problems.add("indicators." + indicator.id() + ".maxPoints: " + indicator.maxPoints().toPlainString());
                }
                sum = sum.add(indicator.maxPoints());
            }
            if (sum.compareTo(category.maxPoints()) != 0) {
                problems.add("categories." + category.id() + ".maxPoints: " + category.maxPoints().toPlainString()
                        + " != " + sum.toPlainString());
            }
            sumOfCategories = sumOfCategories.add(category.maxPoints());
        }
        if (categories.isEmpty()) {
            problems.add("categories: empty");
        }
        if (sumOfCategories.compareTo(maxTotal) != 0) {
            problems.add("maxTotal: " + maxTotal.toPlainString() + " != " + sumOfCategories.toPlainString());
        }
        return Collections.unmodifiableList(problems);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rubric other && id.equals(other.id) && name.equals(other.name)
                && maxTotal.compareTo(other.maxTotal) == 0 && step.compareTo(other.step) == 0
                && categories.equals(other.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, categories);
    }

    @Override
    public String toString() {
        return "Rubric[" + id + "]";
    }
}
