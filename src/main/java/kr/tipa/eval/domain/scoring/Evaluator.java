package kr.tipa.eval.domain.scoring;

import java.util.Objects;
import java.util.regex.Pattern;

/** A member of the panel (평가위원), known to a database by a short id. */
public record Evaluator(String id, String name, String affiliation) {

    /** Ids appear in file names and CSV rows, so they are kept to safe characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Evaluator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("evaluator id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("evaluator name must not be blank");
        }
        affiliation = affiliation == null ? "" : affiliation;
    }
}
