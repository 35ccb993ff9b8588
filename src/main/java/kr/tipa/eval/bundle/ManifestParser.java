package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.program.Program;

/**
 * Reads manifest.json; a newer {@code formatVersion} is refused before anything else is judged. Version
 * 2 adds panels, 제척 and the blind flag ({@link SetupParser}); version 1 reads as it always did.
 */
final class ManifestParser {

    static final String FILE = "manifest.json";
    static final String PANEL_PACKAGE = "panelPackage";

    private ManifestParser() {
    }

    /** The manifest, or null when it had problems (they are recorded). */
    static Manifest parse(JsonNode json, Problems problems) {
        int before = problems.count();
        JsonFields root = JsonFields.root(FILE, json, problems);
        if (problems.count() > before) {
            return null;
        }
        String format = root.text("format");
        if (!format.isBlank() && !Manifest.FORMAT.equals(format)) {
            root.problem("format", "bundle.manifest.format", format, Manifest.FORMAT);
        }
        int version = (int) root.integer("formatVersion", 1, Integer.MAX_VALUE);
        if (version > Manifest.SUPPORTED_VERSION) {
            // A newer layout may mean anything: say only what this build reads.
            root.problem("formatVersion", "bundle.manifest.newer", version, Manifest.SUPPORTED_VERSION);
            return null;
        }
        String bundleId = root.matching("bundleId", v -> v.length() <= 100 && v.strip().equals(v), "6f1c0d1e-…");
        OffsetDateTime createdAt = root.dateTime("createdAt");
        Program program = ProgramParser.parse(root.object("program"), problems);
        List<Manifest.Entry> entries = new ArrayList<>();
        Set<String> receipts = new HashSet<>();
        for (JsonFields entry : root.objects("applications")) {
            String receiptNo = entry.matching("receiptNo",
                    v -> ApplicationParser.RECEIPT_NO.matcher(v).matches(), "2024-EXP-0001");
            String sha256 = entry.matching("sha256", v -> ApplicationParser.SHA256.matcher(v).matches(), "64 hex digits");
            if (!receiptNo.isBlank() && !receipts.add(receiptNo)) {
                entry.problem("receiptNo", "bundle.manifest.duplicateReceipt", receiptNo);
            }
            entries.add(new Manifest.Entry(receiptNo, sha256.toLowerCase(Locale.ROOT)));
        }
        if (problems.count() > before || program == null) {
            return null;
        }
        RoundSetup setup = version >= Manifest.SIGNED_VERSION ? SetupParser.parse(root, entries, problems)
                : RoundSetup.NONE;
        Manifest.SplitFrom split = version >= Manifest.SIGNED_VERSION ? splitFrom(root, setup) : null;
        if (problems.count() > before) {
            return null;
        }
        return new Manifest(version, bundleId, createdAt, program, entries, setup, split);
    }

    /** A panel package names its one panel, which must be the manifest's only one, and the round it came from. */
    private static Manifest.SplitFrom splitFrom(JsonFields root, RoundSetup setup) {
        if (!root.has(PANEL_PACKAGE)) {
            return null;
        }
        JsonFields split = root.object(PANEL_PACKAGE);
        String panelId = split.text("panelId");
        String roundBundleId = split.matching("roundBundleId", v -> v.length() <= 100 && v.strip().equals(v),
                "6f1c0d1e-…");
        String roundManifest = split.matching("roundManifestSha256",
                v -> ApplicationParser.SHA256.matcher(v).matches(), "64 hex digits");
        if (setup.panels().size() != 1 || !setup.panels().get(0).id().equals(panelId)) {
            split.problem("panelId", "bundle.package.onePanel", panelId, setup.panels().size());
        }
        return new Manifest.SplitFrom(panelId, roundBundleId, roundManifest.toLowerCase(Locale.ROOT));
    }
}
