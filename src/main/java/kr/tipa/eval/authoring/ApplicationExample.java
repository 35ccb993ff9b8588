package kr.tipa.eval.authoring;

import java.util.Map;
import java.util.Set;

/** The template's example application: bundle-format.md's own example, one value per column. */
final class ApplicationExample {

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("receiptNo", Table.EXAMPLE_MARK + " 2024-EXP-0001"),
            Map.entry("submittedAt", "2024-09-03T16:20:11+09:00"),
            Map.entry("submissionComplete", "예"),
            Map.entry("company.name", "주식회사 한빛정밀"),
            Map.entry("company.businessRegistrationNo", "220-81-62517"),
            Map.entry("company.ceoName", "김하늘"),
            Map.entry("company.address", "대전광역시 유성구 가정로 1"),
            Map.entry("company.isSme", "예"),
            Map.entry("company.foundedOn", "2012-03-15"),
            Map.entry("company.employees", "38"),
            Map.entry("rndProject.programName", "중소기업기술혁신개발사업"),
            Map.entry("rndProject.managingAgency", "중소기업기술정보진흥원"),
            Map.entry("rndProject.nonRnd", "아니오"),
            Map.entry("rndProject.projectNo", "S3012345"),
            Map.entry("rndProject.role", "LEAD"),
            Map.entry("rndProject.leadingInstituteCollaboration", "아니오"),
            Map.entry("rndProject.result", "SUCCESS"),
            Map.entry("rndProject.completedOn", "2022-12-31"),
            Map.entry("rndProject.discontinued", "아니오"),
            Map.entry("export.hasDirectExportLastYear", "예"),
            Map.entry("export.lastYearExportUsd", "1,250,000"),
            Map.entry("export.exportPlanWithinOneYear", "예"),
            Map.entry("export.targetCountries", "VN;TH"),
            Map.entry("credit.ksureGrade", "C"),
            Map.entry("compliance.obligationsUnfulfilled", "아니오"),
            Map.entry("compliance.obligationsResolvedBeforeDeadline", "아니오"),
            Map.entry("compliance.participationRestricted", "아니오"),
            Map.entry("compliance.bankruptOrClosed", "아니오"),
            Map.entry("compliance.courtRehabilitationApproved", "아니오"),
            Map.entry("groupInsurance.requested", "예"),
            Map.entry("groupInsurance.usedLastYear", "아니오"),
            Map.entry("groupInsurance.alreadyUsesGroupRider", "아니오"),
            Map.entry("groupInsurance.premiumOverdue", "아니오"),
            Map.entry("groupInsurance.fraudHistory", "아니오"),
            Map.entry("plan.summary", "베트남·태국 정밀부품 시장 진출 계획"),
            Map.entry("onlineForms", "APPLICATION_FORM;CREDIT_CONSENT;OTHER_CONSENT;INTEGRITY_PLEDGE"),
            Map.entry("plan.TARGET_MARKET", "베트남 전자부품 조립 수요 증가"),
            Map.entry("plan.PRODUCT", "초정밀 유성 감속기"),
            Map.entry("plan.EXPORT_PLAN", "1년 안에 첫 선적"),
            Map.entry("plan.PRODUCTION", "월 800대 양산"));

    /** Columns whose typed values Excel must not turn into numbers or dates. */
    private static final Set<String> TEXT = Set.of("receiptNo", "company.businessRegistrationNo",
            "rndProject.projectNo", "credit.ksureGrade", "export.targetCountries", "onlineForms", "company.name",
            "company.ceoName", "company.address", "rndProject.programName", "rndProject.managingAgency",
            "plan.summary");

    private ApplicationExample() {
    }

    static String value(String key) {
        return VALUES.getOrDefault(key, "");
    }

    static boolean isText(String key) {
        return TEXT.contains(key) || key.startsWith(ApplicationColumns.PLAN_PREFIX);
    }
}
