package kr.tipa.eval.model;

import java.time.Instant;

/** A chair's decision on an application (an exclusion, an acknowledged alert) with who made it and when. */
public record ChairDecision(String receiptNo, String detail, String by, Instant at) {
}
