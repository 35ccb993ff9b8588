package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.bundle.Manifest;
import kr.tipa.eval.bundle.ManifestSigner;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.Pseudonyms;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.domain.screening.ScreeningReason;

/**
 * One panel's package (round-authoring.md §2): a version 2 bundle signed by the agency holding that panel
 * alone, its eligible applications and their files. Each application carries the agency's screening
 * ({@code agencyScreening}) instead of the facts it was decided on; in a blind round the company's name, CEO
 * and address are replaced by the round's pseudonym and the files are renamed by their type, since an
 * uploaded file's name often names the company. The plan's online text is left as the company wrote it.
 */
public final class PanelPackageBundle {

    /** The facts a committee does not need; {@code company.businessRegistrationNo} goes as well. */
    static final List<String> LEFT_OUT = List.of("compliance", "credit", "groupInsurance");

    /** An application going into the package: its application.json as imported, the agency's decision, files. */
    public record Item(String receiptNo, String json, ScreeningDecision decision, List<File> files) {
        public Item {
            files = List.copyOf(files);
        }
    }

    /** An attached file with where its bytes come from. */
    public record File(DocumentType type, String path, BundleWriter.Content content) {
    }

    private PanelPackageBundle() {
    }

    /**
     * @param program    the round's programme as a manifest writes it (with {@code blind})
     * @param pseudonyms each receipt number's pseudonym in a blind round; empty in an open one
     */
    public static BundleWriter writer(ObjectNode program, String bundleId, OffsetDateTime createdAt,
            Manifest.SplitFrom from, Panel panel, List<AgencyConflict> conflicts, List<Item> items,
            Map<String, String> pseudonyms, ManifestSigner signer) {
        ObjectNode manifest = RoundBundle.manifest(bundleId, createdAt, program);
        manifest.putObject("panelPackage").put("panelId", from.panelId()).put("roundBundleId", from.roundBundleId())
                .put("roundManifestSha256", from.roundManifestSha256());
        RoundBundle.putSetup(manifest, List.of(panel), conflicts);
        BundleWriter writer = new BundleWriter(manifest).signWith(signer).documentLevel(Deflater.NO_COMPRESSION);
        for (Item item : items) {
            writer.add(application(item, Optional.ofNullable(pseudonyms.get(item.receiptNo()))));
            Map<String, Integer> seen = new HashMap<>();
            for (File file : item.files()) {
                String path = pseudonyms.isEmpty() ? file.path() : renamed(file, seen);
                writer.attachHashedOnWrite(item.receiptNo(), file.type().name(), path, file.content());
            }
        }
        return writer;
    }

    /** The application.json of the package: the facts left out, the agency's outcome in, blind if asked. */
    static ObjectNode application(Item item, Optional<String> pseudonym) {
        ObjectNode json;
        try {
            json = (ObjectNode) Jsons.MAPPER.readTree(item.json());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored application unreadable: " + item.receiptNo(), e);
        }
        LEFT_OUT.forEach(json::remove);
        ObjectNode company = (ObjectNode) json.get("company");
        company.remove("businessRegistrationNo");
        pseudonym.ifPresent(name -> company.put("name", name).put("ceoName", Pseudonyms.WITHHELD)
                .put("address", Pseudonyms.WITHHELD));
        json.remove("documents");
        json.set("agencyScreening", outcome(item.decision()));
        return json;
    }

    static ObjectNode outcome(ScreeningDecision decision) {
        ObjectNode outcome = Jsons.MAPPER.createObjectNode().put("status", decision.status().name());
        ArrayNode reasons = outcome.putArray("reasons");
        for (ScreeningReason reason : decision.reasons()) {
            ArrayNode details = reasons.addObject().put("code", reason.code().name()).putArray("details");
            reason.details().forEach(details::add);
        }
        decision.override().map(ScreeningOverride::reason).ifPresent(note -> outcome.put("overrideNote", note));
        return outcome;
    }

    /** {@code documents/<TYPE>.<ext>}, then {@code <TYPE>-2} and on for a second file of the same type. */
    private static String renamed(File file, Map<String, Integer> seen) {
        String name = file.type().name();
        int count = seen.merge(name, 1, Integer::sum);
        int dot = file.path().lastIndexOf('.');
        String extension = dot < 0 ? "" : file.path().substring(dot).toLowerCase(Locale.ROOT);
        return "documents/" + name + (count > 1 ? "-" + count : "") + extension;
    }
}
