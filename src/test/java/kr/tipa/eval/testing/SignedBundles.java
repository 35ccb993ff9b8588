package kr.tipa.eval.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.signing.SigningIdentity;

/**
 * Version 2 bundles as the agency's build writes them, from the spec's example: one panel of three with
 * a chair, one 제척, signed by an agency identity (two are kept, so a test can sign with "another agency").
 */
public final class SignedBundles {

    private static SigningIdentity agency;
    private static SigningIdentity otherAgency;

    private SignedBundles() {
    }

    public static synchronized SigningIdentity agency() {
        if (agency == null) {
            agency = new IdentityService(Clock.systemUTC(), new SecureRandom()).create("중소기업기술정보진흥원", "TIPA");
        }
        return agency;
    }

    public static synchronized SigningIdentity otherAgency() {
        if (otherAgency == null) {
            otherAgency = new IdentityService(Clock.systemUTC(), new SecureRandom()).create("다른 기관", null);
        }
        return otherAgency;
    }

    /** {@code count} eligible applications in panel P1 (chair E01, members E02, E03), E02 recused from the first. */
    public static BundleWriter v2(int count, SigningIdentity signer) {
        BundleWriter writer = Fixtures.bundle(manifestV2(), count);
        ArrayNode receipts = (ArrayNode) writer.manifest().get("panels").get(0).get("receiptNos");
        writer.receiptNos().forEach(receipts::add);
        return writer.signWith(manifest -> ManifestSignatures.sign(manifest, signer));
    }

    public static ObjectNode manifestV2() {
        ObjectNode m = Fixtures.manifest();
        m.put("formatVersion", 2);
        ((ObjectNode) m.get("program")).put("blind", true);
        ObjectNode panel = m.putArray("panels").addObject().put("id", "P1").put("name", "제1분과");
        ArrayNode members = panel.putArray("members");
        members.addObject().put("evaluatorId", "E01").put("name", "김위원장").put("affiliation", "한국대학교")
                .put("role", "CHAIR").put("certificateSha256", "ab".repeat(32));
        members.addObject().put("evaluatorId", "E02").put("name", "이위원").put("affiliation", "").put("role", "MEMBER");
        members.addObject().put("evaluatorId", "E03").put("name", "박위원").put("role", "MEMBER");
        panel.putArray("receiptNos");
        m.putArray("conflicts").addObject().put("evaluatorId", "E02").put("receiptNo", Fixtures.receiptNo(1))
                .put("reason", "신청기업 자문 이력");
        return m;
    }
}
