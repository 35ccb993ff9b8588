package kr.tipa.eval.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.signing.ManifestSignatures;

/**
 * The spec's version 2 round of {@link SignedBundles} (panel P1: chair E01, members E02 and E03, E02 recused from
 * the first application) with the roster's certificate fingerprints chosen by the test. A member's laptop and
 * the chair may hold different copies of one version of the round: they share its bundle id.
 */
public final class RosterBundles {

    private RosterBundles() {
    }

    /**
     * Writes the round with {@code count} applications, every one in P1, signed by the agency.
     *
     * @param fingerprints evaluator id → the {@code certificateSha256} of their roster line; ids not given keep
     *                     the spec's (E01 a fingerprint of no real certificate, E02 and E03 none)
     */
    public static Path write(Path file, String bundleId, int count, Map<String, String> fingerprints)
            throws Exception {
        ObjectNode manifest = SignedBundles.manifestV2();
        manifest.put("bundleId", bundleId);
        for (var member : manifest.get("panels").get(0).get("members")) {
            String given = fingerprints.get(member.get("evaluatorId").asText());
            if (given != null) {
                ((ObjectNode) member).put("certificateSha256", given);
            }
        }
        BundleWriter writer = Fixtures.bundle(manifest, count);
        ArrayNode receipts = (ArrayNode) writer.manifest().get("panels").get(0).get("receiptNos");
        writer.receiptNos().forEach(receipts::add);
        writer.signWith(m -> ManifestSignatures.sign(m, SignedBundles.agency()));
        writer.write(file);
        return file;
    }
}
