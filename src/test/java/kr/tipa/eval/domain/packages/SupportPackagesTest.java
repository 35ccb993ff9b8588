package kr.tipa.eval.domain.packages;

import static kr.tipa.eval.domain.packages.PackageStatus.GRANTED;
import static kr.tipa.eval.domain.packages.PackageStatus.NOT_APPLICABLE;
import static kr.tipa.eval.domain.packages.PackageStatus.RESTRICTED;
import static kr.tipa.eval.domain.packages.SupportPackage.*;
import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Consumer;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** program-rules.md §4: ①–⑥ for a selected company, each restriction and the US$30M allowance. */
class SupportPackagesTest {

    /** The spec example with group insurance requested and its form attached. */
    private static Map<SupportPackage, PackageDecision> decide(Consumer<ObjectNode> change) {
        ObjectNode a = Fixtures.applicationWithDocuments("2024-EXP-0001");
        object(a, "groupInsurance").put("requested", true);
        ((ArrayNode) a.get("documents")).addObject().put("type", "GROUP_INSURANCE_FORM")
                .put("file", "documents/단체보험가입신청서.hwp").put("sha256", "0".repeat(64));
        change.accept(a);
        return SupportPackages.decide(Fixtures.parse(a));
    }

    @Test
    void aCompanyWithNothingAgainstItGetsAllSix() {
        Map<SupportPackage, PackageDecision> d = decide(a -> { });
        assertThat(d.values()).extracting(PackageDecision::status).containsOnly(GRANTED);
        assertThat(d.keySet()).containsExactly(P1_GROUP_INSURANCE, P2_SHORT_TERM_INSURANCE_DISCOUNT,
                P3_EXPORT_CONSULTING, P4_BUYER_CREDIT_CHECK, P5_PRE_SHIPMENT_GUARANTEE, P6_POST_SHIPMENT_GUARANTEE);
    }

    @Test
    void groupInsuranceOnlyWhenRequested() {
        Map<SupportPackage, PackageDecision> d = decide(a -> object(a, "groupInsurance").put("requested", false));
        assertThat(d.get(P1_GROUP_INSURANCE).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).status()).isEqualTo(GRANTED);
    }

    @Test
    void noGroupInsuranceObjectMeansNotRequested() {
        Map<SupportPackage, PackageDecision> d = decide(a -> a.remove("groupInsurance"));
        assertThat(d.get(P1_GROUP_INSURANCE).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).status()).isEqualTo(GRANTED);
    }

    @ParameterizedTest(name = "direct export last year {0} → ⑥ {1}")
    @CsvSource({"true, GRANTED", "false, NOT_APPLICABLE"})
    void postShipmentGuaranteeOnlyWithADirectExportRecord(boolean exported, PackageStatus status) {
        Map<SupportPackage, PackageDecision> d = decide(a -> object(a, "export").put("hasDirectExportLastYear", exported));
        assertThat(d.get(P6_POST_SHIPMENT_GUARANTEE).status()).isEqualTo(status);
        assertThat(d.get(P5_PRE_SHIPMENT_GUARANTEE).status()).isEqualTo(GRANTED);
    }

    @ParameterizedTest(name = "{0} restricts ① and ②")
    @CsvSource({
        "groupInsurance, fraudHistory, true, FRAUD_HISTORY",
        "groupInsurance, premiumOverdue, true, PREMIUM_OVERDUE",
        "company, isSme, false, NOT_SME",
        "groupInsurance, alreadyUsesGroupRider, true, ALREADY_USES_GROUP_RIDER"})
    void eachRiskRestrictionMarksOneAndTwoRestrictedWithItsReason(String object, String field, boolean value,
            Restriction reason) {
        Map<SupportPackage, PackageDecision> d = decide(a -> object(a, object).put(field, value));
        for (SupportPackage p : new SupportPackage[] {P1_GROUP_INSURANCE, P2_SHORT_TERM_INSURANCE_DISCOUNT}) {
            assertThat(d.get(p).status()).isEqualTo(RESTRICTED);
            assertThat(d.get(p).reasons()).containsExactly(reason);
        }
        assertThat(d.get(P3_EXPORT_CONSULTING).status()).isEqualTo(GRANTED);
        assertThat(d.get(P4_BUYER_CREDIT_CHECK).status()).isEqualTo(GRANTED);
    }

    @ParameterizedTest(name = "exports US${0}, group insurance last year {1} → ② {2}")
    @CsvSource({
        "30000000, false, GRANTED",
        "30000001, false, RESTRICTED",
        "30000001, true, GRANTED",
        "99000000, true, GRANTED"})
    void exportsOverThirtyMillionRestrictUnlessAGroupInsuranceUserLastYear(long usd, boolean usedLastYear,
            PackageStatus status) {
        Map<SupportPackage, PackageDecision> d = decide(a -> {
            object(a, "export").put("lastYearExportUsd", usd);
            object(a, "groupInsurance").put("usedLastYear", usedLastYear);
        });
        assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).status()).isEqualTo(status);
        assertThat(d.get(P1_GROUP_INSURANCE).status()).isEqualTo(status);
        if (usd > 30_000_000 && usedLastYear) {
            assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).reasons())
                    .containsExactly(Restriction.EXPORT_OVER_30M_ALLOWED_ONCE);
        }
        if (status == RESTRICTED) {
            assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).reasons()).containsExactly(Restriction.EXPORT_OVER_30M);
        }
    }

    @Test
    void aRestrictionOnTwoDoesNotMakeAnUnrequestedOneApplicable() {
        Map<SupportPackage, PackageDecision> d = decide(a -> {
            object(a, "groupInsurance").put("requested", false).put("premiumOverdue", true);
            object(a, "company").put("isSme", false);
        });
        assertThat(d.get(P1_GROUP_INSURANCE).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).status()).isEqualTo(RESTRICTED);
        assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).reasons())
                .containsExactly(Restriction.PREMIUM_OVERDUE, Restriction.NOT_SME);
    }

    @Test
    void everyRestrictionThatHoldsIsListedInTheSpecOrder() {
        Map<SupportPackage, PackageDecision> d = decide(a -> {
            object(a, "groupInsurance").put("fraudHistory", true).put("premiumOverdue", true)
                    .put("alreadyUsesGroupRider", true);
            object(a, "company").put("isSme", false);
            object(a, "export").put("lastYearExportUsd", 40_000_000L);
        });
        assertThat(d.get(P2_SHORT_TERM_INSURANCE_DISCOUNT).reasons()).containsExactly(Restriction.FRAUD_HISTORY,
                Restriction.PREMIUM_OVERDUE, Restriction.NOT_SME, Restriction.ALREADY_USES_GROUP_RIDER,
                Restriction.EXPORT_OVER_30M);
    }
}
