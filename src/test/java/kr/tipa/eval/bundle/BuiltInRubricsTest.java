package kr.tipa.eval.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.rubric.ScoreProblem;
import org.junit.jupiter.api.Test;

class BuiltInRubricsTest {

    /** The announcement's 평가지표, typed from it: every indicator's id, wording and points, in order. */
    @Test
    void theShippedRubricIsTheAnnouncements() {
        Rubric rubric = BuiltInRubrics.find("KSURE-EXPORT-2024").orElseThrow();
        assertThat(rubric.name()).isEqualTo("한국무역보험공사 연계 수출지원프로그램 선정평가");
        assertThat(rubric.step()).isEqualByComparingTo("1");
        assertThat(rubric.categories()).extracting(RubricCategory::id)
                .containsExactly("GLOBAL", "MARKETABILITY", "EXPORT_PLAN");
        assertThat(rubric.indicators()).extracting(Indicator::id, Indicator::text).containsExactly(
                tuple("GLOBAL_1", "목표시장 분석의 이해도 및 정확성"),
                tuple("GLOBAL_2", "대표자 및 책임자의 경력, 사업화 경험 등 관련 업무 역량"),
                tuple("GLOBAL_3", "기업의 글로벌 성장 가능성"),
                tuple("MARKETABILITY_1", "제품의 가격경쟁력 등 글로벌 시장성"),
                tuple("MARKETABILITY_2", "판매채널 확보 등 제품의 수출현황"),
                tuple("MARKETABILITY_3", "제품의 차별성 및 완성도"),
                tuple("EXPORT_PLAN_1", "목표시장의 성장성 및 진입가능성"),
                tuple("EXPORT_PLAN_2", "구체적인 수출계획 및 타당성"),
                tuple("EXPORT_PLAN_3", "수출에 따른 파급효과"),
                tuple("EXPORT_PLAN_4", "양산·판로 확보를 위한 계획"));
        assertThat(rubric.indicators()).allSatisfy(i -> assertThat(i.maxPoints()).isEqualByComparingTo("10"));
    }

    @Test
    void theAnnouncementsCategoriesAndPoints() {
        Rubric rubric = BuiltInRubrics.find("KSURE-EXPORT-2024").orElseThrow();
        assertThat(rubric.categories()).extracting(RubricCategory::name)
                .containsExactly("글로벌 역량", "제품의 시장성", "수출계획 및 가능성");
        assertThat(rubric.categories()).extracting(c -> c.maxPoints().intValue()).containsExactly(30, 30, 40);
        assertThat(rubric.indicators()).hasSize(10);
        assertThat(rubric.maxTotal()).isEqualByComparingTo("100");
        assertThat(rubric.inconsistencies()).isEmpty();
    }

    @Test
    void scoresAreCheckedAgainstMaximumStepAndSign() {
        Rubric rubric = BuiltInRubrics.find("KSURE-EXPORT-2024").orElseThrow();
        assertThat(rubric.check("GLOBAL_1", new BigDecimal("0"))).isEmpty();
        assertThat(rubric.check("GLOBAL_1", new BigDecimal("10"))).isEmpty();
        assertThat(rubric.check("GLOBAL_1", new BigDecimal("11"))).contains(ScoreProblem.ABOVE_MAXIMUM);
        assertThat(rubric.check("GLOBAL_1", new BigDecimal("10.5"))).contains(ScoreProblem.ABOVE_MAXIMUM);
        assertThat(rubric.check("GLOBAL_1", new BigDecimal("7.5"))).contains(ScoreProblem.OFF_STEP);
        assertThat(rubric.check("GLOBAL_1", new BigDecimal("-1"))).contains(ScoreProblem.NEGATIVE);
        assertThat(rubric.check("NOPE", BigDecimal.ONE)).contains(ScoreProblem.UNKNOWN_INDICATOR);
    }

    @Test
    void unknownOrUnsafeIdsFindNothing() {
        assertThat(BuiltInRubrics.find("NOPE")).isEmpty();
        assertThat(BuiltInRubrics.find("../logback")).isEmpty();
    }
}
