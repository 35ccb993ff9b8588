package kr.tipa.eval.model;

import java.time.Instant;

/** A round's finalisation and the hash of the results it signed off. */
public record Finalisation(String by, Instant at, String resultsSha256) {
}
