package kr.tipa.eval.domain.application;

/** One section of the participation plan's online part. */
public record PlanSection(String key, String title, String text) {
}
