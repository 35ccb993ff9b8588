package kr.tipa.eval.domain.screening;

import static kr.tipa.eval.domain.screening.ScreeningCode.*;
import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of program-rules.md §1 on both sides of its boundary. Deadline: 2024-09-04T14:00:00+09:00. */
class ScreeningRulesTest {

    private final ScreeningRules rules = new ScreeningRules(Fixtures.program());

    private ScreeningResult screen(Consumer<ObjectNode> change) {
        ObjectNode json = Fixtures.applicationWithDocuments("2024-EXP-0001");
        change.accept(json);
        return rules.screen(Fixtures.parse(json), false);
    }

    @Test
    void theSpecExampleIsEligibleWithNoReasons() {
        ScreeningResult result = screen(a -> { });
        assertThat(result.status()).isEqualTo(ScreeningStatus.ELIGIBLE);
        assertThat(result.reasons()).isEmpty();
    }

    @ParameterizedTest(name = "submissionComplete={0} → E01 {1}")
    @CsvSource({"true,false", "false,true"})
    void cancelledSubmissionIsIneligible(boolean complete, boolean e01) {
        ScreeningResult result = screen(a -> a.put("submissionComplete", complete));
        assertThat(result.codes().contains(E01_SUBMISSION_INCOMPLETE)).isEqualTo(e01);
    }

    @ParameterizedTest(name = "submitted {0} → late {1}")
    @CsvSource({
        "2024-09-04T13:59:59+09:00, false",
        "2024-09-04T14:00:00+09:00, false",
        "2024-09-04T14:00:00.999+09:00, true",
        "2024-09-04T14:00:01+09:00, true",
        "2024-09-04T05:00:00Z, false",
        "2024-09-04T05:00:01Z, true",
        "2024-09-05T09:00:00+09:00, true"})
    void submissionAtTheDeadlineIsOnTimeAndASecondLaterIsLate(String submittedAt, boolean late) {
        ScreeningResult result = screen(a -> a.put("submittedAt", submittedAt));
        assertThat(result.codes().contains(E02_LATE_SUBMISSION)).isEqualTo(late);
    }

    @ParameterizedTest(name = "completed {0} → not recent {1}")
    @CsvSource({
        "2019-09-03, true",
        "2019-09-04, false",
        "2019-09-05, false",
        "2024-09-04, false",
        "2024-09-05, true"})
    void rndCompletedWithinFiveYearsOfTheDeadlineDateBothEndsInside(String completedOn, boolean notRecent) {
        ScreeningResult result = screen(a -> object(a, "rndProject").put("completedOn", completedOn));
        assertThat(result.codes().contains(E05_RND_NOT_RECENT)).isEqualTo(notRecent);
    }

    @ParameterizedTest(name = "result {0} → E04 {1}")
    @CsvSource({"SUCCESS,false", "FAILURE,true", "IN_PROGRESS,true", "ABANDONED,true"})
    void onlyASuccessfulProjectQualifies(String outcome, boolean e04) {
        ScreeningResult result = screen(a -> object(a, "rndProject").put("result", outcome));
        assertThat(result.codes().contains(E04_NO_SUCCESSFUL_RND)).isEqualTo(e04);
    }

    @ParameterizedTest(name = "agency ''{0}'' → E06 {1}")
    @CsvSource({
        "중소기업기술정보진흥원, false",
        "중소기업 기술정보진흥원, false",
        "한국산업기술기획평가원, true",
        "정보통신기획평가원, true"})
    void onlyTipaManagedProjectsQualify(String agency, boolean e06) {
        ScreeningResult result = screen(a -> object(a, "rndProject").put("managingAgency", agency));
        assertThat(result.codes().contains(E06_NOT_TIPA_MANAGED)).isEqualTo(e06);
    }

    @ParameterizedTest(name = "nonRnd={0} → E07 {1}")
    @CsvSource({"false,false", "true,true"})
    void nonRndProjectsAreExcluded(boolean nonRnd, boolean e07) {
        ScreeningResult result = screen(a -> object(a, "rndProject").put("nonRnd", nonRnd));
        assertThat(result.codes().contains(E07_NON_RND_PROJECT)).isEqualTo(e07);
    }

    @ParameterizedTest(name = "role {0}, 선도연구기관 {1} → E08 {2}")
    @CsvSource({
        "LEAD, false, false",
        "LEAD, true, false",
        "JOINT, true, false",
        "JOINT, false, true"})
    void jointDevelopersQualifyOnlyInLeadingInstituteCollaboration(String role, boolean collaboration, boolean e08) {
        ScreeningResult result = screen(a -> object(a, "rndProject").put("role", role)
                .put("leadingInstituteCollaboration", collaboration));
        assertThat(result.codes().contains(E08_NOT_LEAD_ORGANISATION)).isEqualTo(e08);
    }

    @ParameterizedTest(name = "export plan {0} → E09 {1}")
    @CsvSource({"true,false", "false,true"})
    void anExportPlanWithinAYearIsRequired(boolean plan, boolean e09) {
        ScreeningResult result = screen(a -> object(a, "export").put("exportPlanWithinOneYear", plan));
        assertThat(result.codes().contains(E09_NO_EXPORT_PLAN)).isEqualTo(e09);
    }

    @ParameterizedTest(name = "discontinued {0} → X02 {1}")
    @CsvSource({"false,false", "true,true"})
    void discontinuedProjectsAreExcluded(boolean discontinued, boolean x02) {
        ScreeningResult result = screen(a -> object(a, "rndProject").put("discontinued", discontinued));
        assertThat(result.codes().contains(X02_RND_DISCONTINUED)).isEqualTo(x02);
    }

    @ParameterizedTest(name = "unfulfilled {0}, resolved {1} → X03 {2}")
    @CsvSource({
        "false, false, false",
        "false, true, false",
        "true, true, false",
        "true, false, true"})
    void obligationsResolvedBeforeTheDeadlineAreForgiven(boolean unfulfilled, boolean resolved, boolean x03) {
        ScreeningResult result = screen(a -> object(a, "compliance").put("obligationsUnfulfilled", unfulfilled)
                .put("obligationsResolvedBeforeDeadline", resolved));
        assertThat(result.codes().contains(X03_OBLIGATIONS_UNFULFILLED)).isEqualTo(x03);
    }

    @ParameterizedTest(name = "restricted {0} → X04 {1}")
    @CsvSource({"false,false", "true,true"})
    void restrictedParticipantsAreExcluded(boolean restricted, boolean x04) {
        ScreeningResult result = screen(a -> object(a, "compliance").put("participationRestricted", restricted));
        assertThat(result.codes().contains(X04_PARTICIPATION_RESTRICTED)).isEqualTo(x04);
    }

    @ParameterizedTest(name = "bankrupt {0}, rehabilitation {1} → X05 {2}")
    @CsvSource({
        "false, false, false",
        "false, true, false",
        "true, true, false",
        "true, false, true"})
    void courtRehabilitationIsTheExceptionToBankruptcy(boolean bankrupt, boolean rehabilitation, boolean x05) {
        ScreeningResult result = screen(a -> object(a, "compliance").put("bankruptOrClosed", bankrupt)
                .put("courtRehabilitationApproved", rehabilitation));
        assertThat(result.codes().contains(X05_BANKRUPT_OR_CLOSED)).isEqualTo(x05);
    }

    @ParameterizedTest(name = "grade {0} → X06 {1}")
    @CsvSource({"A,false", "C,false", "G,false", "R,true"})
    void creditGradeRIsExcluded(String grade, boolean x06) {
        ScreeningResult result = screen(a -> object(a, "credit").put("ksureGrade", grade));
        assertThat(result.codes().contains(X06_CREDIT_GRADE_R)).isEqualTo(x06);
    }

    @Test
    void anUnregisteredExporterIsNotGradeR() {
        ScreeningResult result = screen(a -> object(a, "credit").remove("ksureGrade"));
        assertThat(result.codes()).doesNotContain(X06_CREDIT_GRADE_R);
        assertThat(result.status()).isEqualTo(ScreeningStatus.ELIGIBLE);
    }

    @ParameterizedTest(name = "without online form {0}")
    @ValueSource(strings = {"APPLICATION_FORM", "CREDIT_CONSENT", "OTHER_CONSENT", "INTEGRITY_PLEDGE"})
    void eachMissingOnlineFormIsNamed(String form) {
        ScreeningResult result = screen(a -> {
            ArrayNode forms = (ArrayNode) a.get("onlineForms");
            for (int i = forms.size() - 1; i >= 0; i--) {
                if (forms.get(i).asText().equals(form)) {
                    forms.remove(i);
                }
            }
        });
        assertThat(result.status()).isEqualTo(ScreeningStatus.INELIGIBLE);
        assertThat(result.reasons()).containsExactly(new ScreeningReason(E03_MISSING_REQUIRED_DOCUMENT, List.of(form)));
    }

    @ParameterizedTest(name = "without document {0}")
    @ValueSource(strings = {"PARTICIPATION_PLAN", "PRIVACY_CONSENT_KSURE"})
    void eachMissingRequiredFileIsNamed(String type) {
        ScreeningResult result = screen(a -> removeDocuments(a, type));
        assertThat(result.reasons()).containsExactly(new ScreeningReason(E03_MISSING_REQUIRED_DOCUMENT, List.of(type)));
    }

    @Test
    void everyMissingDocumentIsNamedInOneReason() {
        ScreeningResult result = screen(a -> {
            removeDocuments(a, "PARTICIPATION_PLAN");
            removeDocuments(a, "PRIVACY_CONSENT_KSURE");
            ((ArrayNode) a.get("onlineForms")).removeAll();
        });
        assertThat(result.reasons()).containsExactly(new ScreeningReason(E03_MISSING_REQUIRED_DOCUMENT,
                List.of("APPLICATION_FORM", "CREDIT_CONSENT", "OTHER_CONSENT", "INTEGRITY_PLEDGE",
                        "PARTICIPATION_PLAN", "PRIVACY_CONSENT_KSURE")));
    }

    @ParameterizedTest(name = "group insurance requested {0}, form attached {1} → E03 {2}")
    @CsvSource({
        "false, false, false",
        "false, true, false",
        "true, true, false",
        "true, false, true"})
    void groupInsuranceFormIsRequiredOnlyWhenRequested(boolean requested, boolean attached, boolean e03) {
        ScreeningResult result = screen(a -> {
            object(a, "groupInsurance").put("requested", requested);
            if (attached) {
                ((ArrayNode) a.get("documents")).addObject().put("type", "GROUP_INSURANCE_FORM")
                        .put("file", "documents/단체보험가입신청서.hwp").put("sha256", "0".repeat(64));
            }
        });
        assertThat(result.codes().contains(E03_MISSING_REQUIRED_DOCUMENT)).isEqualTo(e03);
        if (e03) {
            assertThat(result.reasons().get(0).details()).containsExactly("GROUP_INSURANCE_FORM");
        }
    }

    @Test
    void noGroupInsuranceObjectMeansNotRequested() {
        ScreeningResult result = screen(a -> a.remove("groupInsurance"));
        assertThat(result.status()).isEqualTo(ScreeningStatus.ELIGIBLE);
    }

    @ParameterizedTest(name = "{0} → W01 {1}")
    @CsvSource({"220-81-62517, false", "220-81-62518, true", "220-81-62510, true", "123-45-67890, true"})
    void aWrongCheckDigitNeedsReviewNotExclusion(String number, boolean w01) {
        ScreeningResult result = screen(a -> object(a, "company").put("businessRegistrationNo", number));
        assertThat(result.codes().contains(W01_INVALID_BUSINESS_NUMBER)).isEqualTo(w01);
        assertThat(result.status()).isEqualTo(w01 ? ScreeningStatus.NEEDS_REVIEW : ScreeningStatus.ELIGIBLE);
    }

    @Test
    void bothApplicationsOfOneCompanyAreFlaggedAndOthersNot() {
        ObjectNode first = Fixtures.applicationWithDocuments("2024-EXP-0001");
        ObjectNode second = Fixtures.applicationWithDocuments("2024-EXP-0002");
        ObjectNode third = Fixtures.applicationWithDocuments("2024-EXP-0003");
        object(third, "company").put("businessRegistrationNo", Fixtures.businessNo(3));
        List<ScreeningResult> results = rules.screenAll(
                List.of(Fixtures.parse(first), Fixtures.parse(second), Fixtures.parse(third)));
        assertThat(results.get(0).codes()).containsExactly(W02_DUPLICATE_COMPANY);
        assertThat(results.get(1).codes()).containsExactly(W02_DUPLICATE_COMPANY);
        assertThat(results.get(0).status()).isEqualTo(ScreeningStatus.NEEDS_REVIEW);
        assertThat(results.get(2).codes()).isEmpty();
    }

    @Test
    void everyReasonIsReportedInTheOrderOfTheSpecTables() {
        ScreeningResult result = screen(a -> {
            a.put("submissionComplete", false);
            a.put("submittedAt", "2024-09-04T14:00:01+09:00");
            removeDocuments(a, "PARTICIPATION_PLAN");
            object(a, "rndProject").put("result", "FAILURE").put("completedOn", "2010-01-01")
                    .put("managingAgency", "한국산업기술기획평가원").put("nonRnd", true).put("role", "JOINT")
                    .put("discontinued", true);
            object(a, "export").put("exportPlanWithinOneYear", false);
            object(a, "compliance").put("obligationsUnfulfilled", true).put("participationRestricted", true)
                    .put("bankruptOrClosed", true);
            object(a, "credit").put("ksureGrade", "R");
            object(a, "company").put("businessRegistrationNo", "220-81-62518");
        });
        assertThat(result.codes()).containsExactly(E01_SUBMISSION_INCOMPLETE, E02_LATE_SUBMISSION,
                E03_MISSING_REQUIRED_DOCUMENT, E04_NO_SUCCESSFUL_RND, E05_RND_NOT_RECENT, E06_NOT_TIPA_MANAGED,
                E07_NON_RND_PROJECT, E08_NOT_LEAD_ORGANISATION, E09_NO_EXPORT_PLAN, X02_RND_DISCONTINUED,
                X03_OBLIGATIONS_UNFULFILLED, X04_PARTICIPATION_RESTRICTED, X05_BANKRUPT_OR_CLOSED,
                X06_CREDIT_GRADE_R, W01_INVALID_BUSINESS_NUMBER);
        assertThat(result.status()).isEqualTo(ScreeningStatus.INELIGIBLE);
    }

    @Test
    void aWarningBesideAnExclusionStaysListedButTheStatusIsIneligible() {
        ScreeningResult result = screen(a -> {
            object(a, "credit").put("ksureGrade", "R");
            object(a, "company").put("businessRegistrationNo", "220-81-62518");
        });
        assertThat(result.codes()).containsExactly(X06_CREDIT_GRADE_R, W01_INVALID_BUSINESS_NUMBER);
        assertThat(result.status()).isEqualTo(ScreeningStatus.INELIGIBLE);
    }

    private static void removeDocuments(ObjectNode application, String type) {
        ArrayNode documents = (ArrayNode) application.get("documents");
        for (int i = documents.size() - 1; i >= 0; i--) {
            if (documents.get(i).get("type").asText().equals(type)) {
                documents.remove(i);
            }
        }
    }
}
