package kr.tipa.eval.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.signing.SigningIdentity;

/**
 * A round as it sits on the agency's database before the split: five applications in two panels, signed
 * with the agency database's own owner key (as {@code round build} signs). Application 3 has a business
 * number whose check digit fails (W01, NEEDS_REVIEW until the agency decides); application 4 is under a
 * participation restriction (X04, INELIGIBLE). 제척: E02 on 1 (P1), E05 on 4 (P2, ineligible) and E04 on 5.
 * Every uploaded file's name starts with the company's short name, as uploads often do.
 */
public final class AgencyRounds {

    public static final List<String> NAMES = List.of("주식회사 가온정밀", "(주)나래바이오", "주식회사 다솜에너지",
            "(주)라온식품", "주식회사 마루로봇");
    public static final List<String> SHORT_NAMES = List.of("가온정밀", "나래바이오", "다솜에너지", "라온식품", "마루로봇");
    public static final List<String> CEOS = List.of("김가온", "이나래", "박다솜", "최라온", "정마루");
    public static final List<String> ADDRESSES = List.of("대전광역시 유성구 가온로 11", "충청북도 청주시 나래길 22",
            "광주광역시 북구 다솜대로 33", "경상북도 안동시 라온로 44", "경기도 안산시 마루길 55");
    /** Well formed, but its check digit fails (W01). */
    public static final String BAD_BUSINESS_NO = "214-86-10443";
    public static final String AGENCY = "중소기업기술정보진흥원";

    private AgencyRounds() {
    }

    public static String receipt(int i) {
        return Fixtures.receiptNo(i);
    }

    public static BundleWriter bundle(SigningIdentity agency, boolean blind) {
        ObjectNode m = Fixtures.manifest();
        m.put("formatVersion", 2);
        ((ObjectNode) m.get("program")).put("blind", blind);
        ArrayNode panels = m.putArray("panels");
        panel(panels, "P1", "제1분과", List.of("E01", "E02", "E03"), List.of(1, 2, 3));
        panel(panels, "P2", "제2분과", List.of("E04", "E05", "E06"), List.of(4, 5));
        ArrayNode conflicts = m.putArray("conflicts");
        conflicts.addObject().put("evaluatorId", "E02").put("receiptNo", receipt(1)).put("reason", "신청기업 자문 이력");
        conflicts.addObject().put("evaluatorId", "E05").put("receiptNo", receipt(4)).put("reason", "친족 관계");
        conflicts.addObject().put("evaluatorId", "E04").put("receiptNo", receipt(5)).put("reason", "공동연구 이력");
        BundleWriter writer = new BundleWriter(m);
        for (int i = 1; i <= 5; i++) {
            ObjectNode a = writer.add(Fixtures.application(receipt(i), i == 3 ? BAD_BUSINESS_NO : Fixtures.businessNo(i)));
            Fixtures.object(a, "company").put("name", NAMES.get(i - 1)).put("ceoName", CEOS.get(i - 1))
                    .put("address", ADDRESSES.get(i - 1));
            if (i == 4) {
                Fixtures.object(a, "compliance").put("participationRestricted", true);
            }
            writer.attach(receipt(i), "PARTICIPATION_PLAN", "documents/" + SHORT_NAMES.get(i - 1) + "_참가계획서.pdf",
                    BundleWriter.Content.of(Fixtures.pdfLike("참가계획서 " + receipt(i))));
            writer.attach(receipt(i), "PRIVACY_CONSENT_KSURE", "documents/" + SHORT_NAMES.get(i - 1) + "_개인정보동의서.pdf",
                    BundleWriter.Content.of(Fixtures.pdfLike("개인정보동의서 " + receipt(i))));
        }
        return writer.signWith(manifest -> ManifestSignatures.sign(manifest, agency));
    }

    private static void panel(ArrayNode panels, String id, String name, List<String> members, List<Integer> receipts) {
        ObjectNode panel = panels.addObject().put("id", id).put("name", name);
        ArrayNode roster = panel.putArray("members");
        for (int i = 0; i < members.size(); i++) {
            roster.addObject().put("evaluatorId", members.get(i)).put("name", "위원 " + members.get(i))
                    .put("affiliation", "한국대학교").put("role", i == 0 ? "CHAIR" : "MEMBER");
        }
        ArrayNode list = panel.putArray("receiptNos");
        receipts.forEach(r -> list.add(receipt(r)));
    }

    /** The round imported on the agency's own database (screened on import). */
    public static Round imported(AppContext agency, Path dir, boolean blind) throws Exception {
        Path bundle = dir.resolve("round.tbundle");
        bundle(agency.keys().ownerIdentity(AGENCY), blind).write(bundle);
        return Panels.importBundle(agency, bundle);
    }

    /** The agency decides the one application that needs review. */
    public static void decide(AppContext agency, Round round) {
        agency.screening().override(round, receipt(3), kr.tipa.eval.domain.screening.ScreeningStatus.ELIGIBLE,
                "사업자등록증 사본으로 번호 확인", "담당자");
    }
}
