package kr.tipa.eval.excel.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.i18n.Messages;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word of both writers comes from the messages files in either language: a missing key would show
 * as "!key!" (what Messages returns for one), and English sheets carry English names.
 */
class LocalisedLabelsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void noKeyIsMissingInEitherLanguage(String language) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        ResultWorkbookInput input = SyntheticRound.input(12, 5);
        Path workbook = dir.resolve("results-" + language + ".xlsx");
        new ResultWorkbookWriter(messages).write(input, workbook);
        Path pack = dir.resolve("appeal-" + language + ".xlsx");
        new AppealPackWriter(messages).write(new AppealPackInput(input.results().outcomes().get(0),
                input.results().round().program(), true, input.generatedAt(), input.zone()), pack);
        List<String> names = new ArrayList<>();
        for (Path file : List.of(workbook, pack)) {
            try (XSSFWorkbook read = ReadBack.open(file)) {
                for (Sheet sheet : read) {
                    names.add(sheet.getSheetName());
                    assertThat(ReadBack.strings(sheet)).as(file + " " + sheet.getSheetName())
                            .noneMatch(s -> s.matches("(?s).*![a-z]+\\.[A-Za-z0-9_.]+!.*"));
                    assertThat(sheet.getHeader().getCenter()).doesNotContain("!");
                }
            }
        }
        assertThat(names).containsExactlyElementsOf(language.equals("ko")
                ? List.of("종합평가표", "평가위원별 점수", "자격 요건검토 결과", "지원대상 추천 목록", "감사 기록", "분포 차트",
                        "data", "이의신청 자료")
                : List.of("Ranking", "Scores by evaluator", "Screening results", "Recommendation list", "Audit trail",
                        "Charts", "data", "Appeal pack"));
    }
}
