package kr.tipa.eval.domain.application;

import java.util.List;

/** The participation plan's online part (참가계획서 Part I), shown to evaluators. */
public record Plan(String summary, List<PlanSection> sections) {
    public Plan {
        sections = List.copyOf(sections);
    }
}
