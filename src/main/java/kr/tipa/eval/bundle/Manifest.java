package kr.tipa.eval.bundle;

import java.time.OffsetDateTime;
import java.util.List;
import kr.tipa.eval.domain.program.Program;

/** A bundle's manifest.json, read and checked. */
public record Manifest(
        int formatVersion, String bundleId, OffsetDateTime createdAt, Program program, List<Entry> applications) {

    public static final String FORMAT = "tipa-eval-bundle";
    public static final int SUPPORTED_VERSION = 1;

    public Manifest {
        applications = List.copyOf(applications);
    }

    /** One listed application and the SHA-256 of its application.json. */
    public record Entry(String receiptNo, String sha256) {
    }
}
