package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.Deflater;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.bundle.Manifest;
import kr.tipa.eval.bundle.ManifestSigner;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;

/**
 * A faultless intake as a version 2 bundle: the manifest with its panels, 제척 and blind flag, each
 * application with its files, the whole signed by the agency. Documents are hashed while they are
 * copied and stored without deflating them again (PDF, HWPX, DOCX, PNG and JPEG are compressed already).
 */
public final class RoundBundle {

    private RoundBundle() {
    }

    public static BundleWriter writer(Intake intake, String bundleId, OffsetDateTime createdAt, ManifestSigner signer) {
        if (!intake.faultless()) {
            throw new IllegalArgumentException("an intake with faults is not written");
        }
        ObjectNode manifest = manifest(bundleId, createdAt, intake.program().deepCopy());
        putSetup(manifest, intake.setup().panels(), intake.setup().conflicts());
        BundleWriter writer = new BundleWriter(manifest).signWith(signer).documentLevel(Deflater.NO_COMPRESSION);
        for (Intake.Application application : intake.applications()) {
            writer.add(application.json().deepCopy());
            for (Intake.Document document : application.documents()) {
                writer.attachHashedOnWrite(application.receiptNo(), document.type().name(), document.bundlePath(),
                        () -> Files.newInputStream(document.source()));
            }
        }
        return writer;
    }

    /** The bundle entry a document of {@code receiptNo} is written to. */
    public static String entry(String receiptNo, Intake.Document document) {
        return BundleWriter.entry(receiptNo, document.bundlePath());
    }

    /** The head of a version 2 manifest: format, version, bundle id, time of writing and the programme. */
    public static ObjectNode manifest(String bundleId, OffsetDateTime createdAt, ObjectNode program) {
        ObjectNode manifest = Jsons.MAPPER.createObjectNode();
        manifest.put("format", Manifest.FORMAT).put("formatVersion", Manifest.SIGNED_VERSION)
                .put("bundleId", bundleId).put("createdAt", Values.format(createdAt));
        manifest.set("program", program);
        return manifest;
    }

    /** {@code panels} (roster with roles and fingerprints, receipt numbers) and {@code conflicts} (제척). */
    public static void putSetup(ObjectNode manifest, List<Panel> panelList, List<AgencyConflict> conflictList) {
        ArrayNode panels = manifest.putArray("panels");
        for (Panel panel : panelList) {
            ObjectNode node = panels.addObject().put("id", panel.id()).put("name", panel.name());
            ArrayNode members = node.putArray("members");
            for (RosterMember member : panel.members()) {
                ObjectNode m = members.addObject().put("evaluatorId", member.evaluatorId()).put("name", member.name())
                        .put("affiliation", member.affiliation()).put("role", member.role().name());
                member.certificate().ifPresent(c -> m.put("certificateSha256", c));
            }
            ArrayNode receipts = node.putArray("receiptNos");
            panel.receiptNos().forEach(receipts::add);
        }
        ArrayNode conflicts = manifest.putArray("conflicts");
        for (AgencyConflict conflict : conflictList) {
            conflicts.addObject().put("evaluatorId", conflict.evaluatorId()).put("receiptNo", conflict.receiptNo())
                    .put("reason", conflict.reason());
        }
    }
}
