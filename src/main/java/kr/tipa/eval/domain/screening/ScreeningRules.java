package kr.tipa.eval.domain.screening;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.application.AgencyScreening;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.application.OnlineForm;
import kr.tipa.eval.domain.application.RndResult;
import kr.tipa.eval.domain.application.RndRole;
import kr.tipa.eval.domain.program.Program;

/**
 * 자격 요건검토 exactly as program-rules.md §1 states it: one method per code, every reason that
 * applies reported in the order of the spec's tables.
 */
public final class ScreeningRules {

    /** 전문기관 that must manage the completed R&D project. */
    public static final String TIPA = "중소기업기술정보진흥원";

    /** Years before the deadline's date that a completed project still counts (최근 5년 이내). */
    public static final int RECENT_YEARS = 5;

    /** Credit grade the insurer registers for excluded exporters. */
    public static final String EXCLUDED_GRADE = "R";

    private final Program program;

    public ScreeningRules(Program program) {
        this.program = program;
    }

    /** Screens every application of the round; W02 needs them all at once. */
    public List<ScreeningResult> screenAll(List<Application> applications) {
        Map<String, Integer> companies = new HashMap<>();
        for (Application application : applications) {
            if (!application.inPanelPackage()) {
                companies.merge(companyKey(application), 1, Integer::sum);
            }
        }
        List<ScreeningResult> results = new ArrayList<>(applications.size());
        for (Application application : applications) {
            results.add(application.inPanelPackage() ? decidedByTheAgency(application)
                    : screen(application, companies.get(companyKey(application)) > 1));
        }
        return results;
    }

    /**
     * Screens one application; {@code sharesCompany} tells whether another application has its 사업자등록번호.
     * An application of a panel package was screened by the agency on facts the package leaves out: its
     * outcome stands ({@link #decidedByTheAgency}).
     */
    public ScreeningResult screen(Application a, boolean sharesCompany) {
        if (a.inPanelPackage()) {
            return decidedByTheAgency(a);
        }
        List<ScreeningReason> reasons = new ArrayList<>();
        if (e01SubmissionIncomplete(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E01_SUBMISSION_INCOMPLETE));
        }
        if (e02LateSubmission(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E02_LATE_SUBMISSION));
        }
        List<String> missing = e03MissingRequiredDocuments(a);
        if (!missing.isEmpty()) {
            reasons.add(new ScreeningReason(ScreeningCode.E03_MISSING_REQUIRED_DOCUMENT, missing));
        }
        if (e04NoSuccessfulRnd(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E04_NO_SUCCESSFUL_RND));
        }
        if (e05RndNotRecent(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E05_RND_NOT_RECENT));
        }
        if (e06NotTipaManaged(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E06_NOT_TIPA_MANAGED));
        }
        if (e07NonRndProject(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E07_NON_RND_PROJECT));
        }
        if (e08NotLeadOrganisation(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E08_NOT_LEAD_ORGANISATION));
        }
        if (e09NoExportPlan(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.E09_NO_EXPORT_PLAN));
        }
        if (x02RndDiscontinued(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.X02_RND_DISCONTINUED));
        }
        if (x03ObligationsUnfulfilled(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.X03_OBLIGATIONS_UNFULFILLED));
        }
        if (x04ParticipationRestricted(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.X04_PARTICIPATION_RESTRICTED));
        }
        if (x05BankruptOrClosed(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.X05_BANKRUPT_OR_CLOSED));
        }
        if (x06CreditGradeR(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.X06_CREDIT_GRADE_R));
        }
        if (w01InvalidBusinessNumber(a)) {
            reasons.add(ScreeningReason.of(ScreeningCode.W01_INVALID_BUSINESS_NUMBER));
        }
        if (sharesCompany) {
            reasons.add(ScreeningReason.of(ScreeningCode.W02_DUPLICATE_COMPANY));
        }
        return ScreeningResult.of(a.receiptNo(), reasons);
    }

    /**
     * The agency's 자격 요건검토 as a panel package states it: its status as the agency decided it (over
     * any W or even E/X reason it overrode), and its reasons as found; nothing is judged again here.
     */
    static ScreeningResult decidedByTheAgency(Application a) {
        AgencyScreening outcome = a.agencyOutcome().orElseThrow();
        List<ScreeningReason> reasons = outcome.reasons().stream()
                .map(f -> new ScreeningReason(ScreeningCode.valueOf(f.code()), f.details())).toList();
        return new ScreeningResult(a.receiptNo(), ScreeningStatus.valueOf(outcome.status()), reasons);
    }

    /** 제출완료 was not confirmed: 접수 취소. */
    static boolean e01SubmissionIncomplete(Application a) {
        return !a.submissionComplete();
    }

    /** Submitted after the deadline instant; exactly at the deadline is still on time. */
    boolean e02LateSubmission(Application a) {
        return a.submittedAt().toInstant().isAfter(program.applicationDeadline().toInstant());
    }

    /** Each 필수서류 that is missing, by its spec name; the group-insurance form only when requested. */
    static List<String> e03MissingRequiredDocuments(Application a) {
        List<String> missing = new ArrayList<>();
        for (OnlineForm form : OnlineForm.values()) {
            if (!a.onlineForms().contains(form)) {
                missing.add(form.name());
            }
        }
        for (DocumentType type : List.of(DocumentType.PARTICIPATION_PLAN, DocumentType.PRIVACY_CONSENT_KSURE)) {
            if (!a.hasDocument(type)) {
                missing.add(type.name());
            }
        }
        if (a.groupInsuranceRequested() && !a.hasDocument(DocumentType.GROUP_INSURANCE_FORM)) {
            missing.add(DocumentType.GROUP_INSURANCE_FORM.name());
        }
        return missing;
    }

    /** Only 완료(성공) qualifies. */
    static boolean e04NoSuccessfulRnd(Application a) {
        return a.rndProject().result() != RndResult.SUCCESS;
    }

    /** Completed within [deadline date − 5 years, deadline date], both ends inside. */
    boolean e05RndNotRecent(Application a) {
        LocalDate completed = a.rndProject().completedOn();
        LocalDate deadline = program.deadlineDate();
        return completed.isBefore(deadline.minusYears(RECENT_YEARS)) || completed.isAfter(deadline);
    }

    /** The 전문기관 must be TIPA (whitespace and Unicode form ignored). */
    static boolean e06NotTipaManaged(Application a) {
        return !normalise(a.rndProject().managingAgency()).equals(TIPA);
    }

    /** 비R&D 과제 are excluded. */
    static boolean e07NonRndProject(Application a) {
        return a.rndProject().nonRnd();
    }

    /** 주관기관 only, except 공동연구개발기관 of a 선도연구기관 협력기술개발사업 project. */
    static boolean e08NotLeadOrganisation(Application a) {
        return a.rndProject().role() == RndRole.JOINT && !a.rndProject().leadingInstituteCollaboration();
    }

    /** No export plan within a year of selection. */
    static boolean e09NoExportPlan(Application a) {
        return !a.export().exportPlanWithinOneYear();
    }

    /** 수행중인 중소기업 R&D 지원사업을 중단한 경우. */
    static boolean x02RndDiscontinued(Application a) {
        return a.rndProject().discontinued();
    }

    /** 의무사항 불이행, unless resolved before the deadline. */
    static boolean x03ObligationsUnfulfilled(Application a) {
        return a.compliance().obligationsUnfulfilled() && !a.compliance().obligationsResolvedBeforeDeadline();
    }

    /** 참여 제한 중. */
    static boolean x04ParticipationRestricted(Application a) {
        return a.compliance().participationRestricted();
    }

    /** 부도, 휴·폐업, unless 법원의 회생인가. */
    static boolean x05BankruptOrClosed(Application a) {
        return a.compliance().bankruptOrClosed() && !a.compliance().courtRehabilitationApproved();
    }

    /** 수출자 신용등급 R급. */
    static boolean x06CreditGradeR(Application a) {
        return a.creditGrade().map(g -> g.strip().equalsIgnoreCase(EXCLUDED_GRADE)).orElse(false);
    }

    /** A wrong check digit needs a person's look, not an automatic exclusion. */
    static boolean w01InvalidBusinessNumber(Application a) {
        return !BusinessRegistrationNumber.hasValidCheckDigit(a.company().businessRegistrationNo());
    }

    private static String companyKey(Application a) {
        return BusinessRegistrationNumber.digitsOf(a.company().businessRegistrationNo());
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
