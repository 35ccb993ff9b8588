package kr.tipa.eval.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.rubric.ScoreProblem;
import org.junit.jupiter.api.Test;

class BuiltInRubricsTest {

    @Test
    void theShippedRubricIsTheSpecFile() throws Exception {
        Path spec = Path.of(System.getProperty("tipa.shared.dir", "../shared"), "spec/rubric-ksure-export-2024.json");
        assumeTrue(Files.exists(spec), "shared spec folder beside the project");
        JsonNode expected = Jsons.MAPPER.readTree(Files.readAllBytes(spec));
        try (InputStream in = BuiltInRubrics.class.getResourceAsStream("/rubrics/KSURE-EXPORT-2024.json")) {
            assertThat(Jsons.MAPPER.readTree(in)).isEqualTo(expected);
        }
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
