package kr.tipa.eval.model;

import java.time.Instant;
import kr.tipa.eval.domain.program.Program;

/** A programme round held in the database, as its newest bundle version describes it. */
public record Round(
        long id, Program program, String currentBundleId, int versionNo, Instant createdAt, Instant updatedAt) {

    public String programCode() {
        return program.code();
    }
}
