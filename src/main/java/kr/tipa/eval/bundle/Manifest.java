package kr.tipa.eval.bundle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.program.Program;

/**
 * A bundle's manifest.json, read and checked.
 *
 * @param setup        what version 2 adds (panels, 제척, blind); {@link RoundSetup#NONE} for version 1
 * @param splitFrom    for a panel package (version 2, one panel), which round it was split from; null otherwise
 */
public record Manifest(int formatVersion, String bundleId, OffsetDateTime createdAt, Program program,
        List<Entry> applications, RoundSetup setup, SplitFrom splitFrom) {

    public static final String FORMAT = "tipa-eval-bundle";
    public static final int SUPPORTED_VERSION = 2;
    /** The first version signed by the agency and carrying panels. */
    public static final int SIGNED_VERSION = 2;
    /**
     * The agency's detached CMS signature of manifest.json's exact bytes (DER, as OpenSSL writes
     * {@code .p7s}); {@code META-INF/} is where signed archives (JAR, ODF, EPUB) keep their signatures.
     */
    public static final String SIGNATURE_ENTRY = "META-INF/manifest.json.p7s";

    public Manifest {
        applications = List.copyOf(applications);
    }

    /** The manifest's {@code panelPackage} object: the agency split this bundle from its round for one panel. */
    public Optional<SplitFrom> panelPackage() {
        return Optional.ofNullable(splitFrom);
    }

    public boolean signedByAgency() {
        return formatVersion >= SIGNED_VERSION;
    }

    /**
     * What a panel package says of its origin.
     *
     * @param panelId             the one panel it is for (the only panel of {@code panels})
     * @param roundBundleId       the agency's round it was split from
     * @param roundManifestSha256 the SHA-256 of that round bundle's manifest.json
     */
    public record SplitFrom(String panelId, String roundBundleId, String roundManifestSha256) {
    }

    /** One listed application and the SHA-256 of its application.json. */
    public record Entry(String receiptNo, String sha256) {
    }
}
