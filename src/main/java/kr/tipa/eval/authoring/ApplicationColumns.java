package kr.tipa.eval.authoring;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.tipa.eval.domain.application.OnlineForm;
import kr.tipa.eval.domain.application.RndResult;
import kr.tipa.eval.domain.application.RndRole;

/**
 * The applications sheet: one column per field of application.json (round-authoring.md §1), each
 * with its key, its Korean label and how its cells are read; and any number of {@code plan.<SECTION>}
 * columns, one per section of the participation plan's online part.
 */
final class ApplicationColumns {

    /** How a column's cells are read. */
    enum Kind {
        RECEIPT_NO, TEXT, TEXT_MAY_BE_EMPTY, DATE_TIME, DATE, BOOL, OPTIONAL_BOOL, COUNT, AMOUNT, CODE, LIST,
        CODES, BUSINESS_NO, GRADE
    }

    /** One field: where it goes in application.json, its label, how it is read. */
    record Field(String key, String label, Kind kind, Class<? extends Enum<?>> codes) {

        Column column() {
            return Column.of(key, label);
        }
    }

    static final String RECEIPT_NO = "receiptNo";
    static final String PLAN_PREFIX = "plan.";
    private static final Pattern SECTION_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    static final List<Field> FIELDS = List.of(
            f(RECEIPT_NO, "접수번호", Kind.RECEIPT_NO),
            f("submittedAt", "접수일시", Kind.DATE_TIME),
            f("submissionComplete", "제출완료", Kind.BOOL),
            f("company.name", "기업명", Kind.TEXT),
            f("company.businessRegistrationNo", "사업자등록번호", Kind.BUSINESS_NO),
            f("company.ceoName", "대표자", Kind.TEXT),
            f("company.address", "주소", Kind.TEXT),
            f("company.isSme", "중소기업 여부", Kind.BOOL),
            f("company.foundedOn", "설립일", Kind.DATE),
            f("company.employees", "종업원 수", Kind.COUNT),
            f("rndProject.programName", "R&D 사업명", Kind.TEXT),
            f("rndProject.managingAgency", "전문기관", Kind.TEXT),
            f("rndProject.nonRnd", "비R&D 과제", Kind.BOOL),
            f("rndProject.projectNo", "과제번호", Kind.TEXT),
            new Field("rndProject.role", "수행 역할", Kind.CODE, RndRole.class),
            f("rndProject.leadingInstituteCollaboration", "선도연구기관 협력기술개발사업", Kind.BOOL),
            new Field("rndProject.result", "과제 결과", Kind.CODE, RndResult.class),
            f("rndProject.completedOn", "과제 종료일", Kind.DATE),
            f("rndProject.discontinued", "과제 중단", Kind.BOOL),
            f("export.hasDirectExportLastYear", "전년도 직접수출 실적", Kind.BOOL),
            f("export.lastYearExportUsd", "전년도 수출액(USD)", Kind.AMOUNT),
            f("export.exportPlanWithinOneYear", "1년 내 수출계획", Kind.BOOL),
            f("export.targetCountries", "목표 국가", Kind.LIST),
            f("credit.ksureGrade", "무역보험 수출자 등급", Kind.GRADE),
            f("compliance.obligationsUnfulfilled", "의무 불이행", Kind.BOOL),
            f("compliance.obligationsResolvedBeforeDeadline", "마감 전 불이행 해소", Kind.BOOL),
            f("compliance.participationRestricted", "참여제한", Kind.BOOL),
            f("compliance.bankruptOrClosed", "부도·폐업", Kind.BOOL),
            f("compliance.courtRehabilitationApproved", "법정관리·회생 인가", Kind.BOOL),
            f("groupInsurance.requested", "단체보험 희망", Kind.OPTIONAL_BOOL),
            f("groupInsurance.usedLastYear", "전년도 단체보험 이용", Kind.OPTIONAL_BOOL),
            f("groupInsurance.alreadyUsesGroupRider", "단체보험 특약 가입 중", Kind.OPTIONAL_BOOL),
            f("groupInsurance.premiumOverdue", "보험료 연체", Kind.OPTIONAL_BOOL),
            f("groupInsurance.fraudHistory", "보험사기 이력", Kind.OPTIONAL_BOOL),
            f("plan.summary", "사업 개요", Kind.TEXT_MAY_BE_EMPTY),
            new Field("onlineForms", "온라인 서식", Kind.CODES, OnlineForm.class));

    /** The participation plan's usual sections (참가계획서 Part I), as the template offers them. */
    static final Map<String, String> SECTIONS = Map.of("TARGET_MARKET", "목표시장 분석", "PRODUCT", "제품 현황 및 경쟁력",
            "EXPORT_PLAN", "수출계획", "PRODUCTION", "양산 및 판로 확보 계획");

    static final List<String> SECTION_ORDER = List.of("TARGET_MARKET", "PRODUCT", "EXPORT_PLAN", "PRODUCTION");

    private ApplicationColumns() {
    }

    private static Field f(String key, String label, Kind kind) {
        return new Field(key, label, kind, null);
    }

    static List<Column> columns() {
        return FIELDS.stream().map(Field::column).toList();
    }

    /** A plan section column's key from its header (a {@code plan.<KEY>} key or a section's label); else null. */
    static String sectionKey(String header) {
        String text = header.strip();
        if (text.startsWith(PLAN_PREFIX) && SECTION_KEY.matcher(text.substring(PLAN_PREFIX.length())).matches()
                && !text.equals("plan.summary") && !text.equals("plan.sections")) {
            return text;
        }
        for (String key : SECTION_ORDER) {
            if (Table.normalise(SECTIONS.get(key)).equals(Table.normalise(text))) {
                return PLAN_PREFIX + key;
            }
        }
        return null;
    }

    /** The section's title: the template's label for the usual sections, else its key. */
    static String sectionTitle(String sectionKey) {
        return SECTIONS.getOrDefault(sectionKey, sectionKey);
    }
}
