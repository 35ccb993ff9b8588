package kr.tipa.eval.excel.results;

import static kr.tipa.eval.testing.Fixtures.object;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.service.Typing;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;

/**
 * A real round, built the way PanelCliTest builds one but through the services: a generated bundle
 * imported into an H2 database, five evaluators, scores submitted, results from ResultsService.
 *
 * <pre>
 * receipt  company                        HONG KIM LEE PARK CHOI   expected by hand
 * 0001     =HYPERLINK("http://x","y")      90   80  80   60  100   drop 100 (CHOI) and 60 (PARK): 250/3 = 83.33, rank 1
 * 0002     +하나무역                         60   60  50   60   —    CHOI conflicted: 230/4 = 57.50, not selected, rank 3
 * 0003     -대시정밀                         70   70  70    —   —    70.00, rank 2; ①② restricted (exports US$40M), ⑥ n/a
 * 0004     @앳산업                           90   90  90   90   90   grade R: ineligible (X06), no composite
 * 0005     주식회사 다섯                      —    —   —    —   —    incomplete
 * 0006     주식회사 여섯                      —    —   —    —   —    hand decision: 간사 ELIGIBLE, then 위원장 INELIGIBLE (X01)
 * 0007     주식회사 일곱                      —    —   —    —   —    missing PRIVACY_CONSENT_KSURE: E03
 * </pre>
 * Every indicator gets the evaluator's total / 10, except HONG on 0001: 1-1 = 10, 1-2 = 8, the rest 9.
 * HONG is the chair, this database's own evaluator, who pledged and scores in their own name; the other
 * four sheets of each application the chair typed from their files ({@link #CHAIR}, 위원장 대리 입력).
 */
final class PanelRound implements AutoCloseable {

    static final Instant NOW = Instant.parse("2024-09-20T05:00:00Z");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final List<String> EVALUATOR_IDS = List.of("EV-HONG", "EV-KIM", "EV-LEE", "EV-PARK", "EV-CHOI");
    static final List<String> EVALUATOR_NAMES = List.of("홍길동", "김철수", "이영희", "박민수", "최지은");
    static final String HONG_COMMENT = "목표시장 분석이 구체적임";
    static final String HONG_OPINION = "전반적으로 우수함";
    static final String CHAIR = "홍길동";

    final AppContext context;
    final Round round;

    PanelRound(Path dir) throws Exception {
        BundleWriter writer = Fixtures.bundle(6);
        String[] names = {FORMULA_NAME, "+하나무역", "-대시정밀", "@앳산업", "주식회사 다섯", "주식회사 여섯"};
        for (int i = 0; i < names.length; i++) {
            object(writer.application(Fixtures.receiptNo(i + 1)), "company").put("name", names[i]);
        }
        object(writer.application("2024-EXP-0003"), "groupInsurance").put("requested", true);
        writer.attach("2024-EXP-0003", "GROUP_INSURANCE_FORM", "documents/단체보험가입신청서.hwp",
                BundleWriter.Content.of(new byte[] {1, 2, 3}));
        object(writer.application("2024-EXP-0003"), "export").put("lastYearExportUsd", 40_000_000L)
                .put("hasDirectExportLastYear", false);
        object(writer.application("2024-EXP-0004"), "credit").put("ksureGrade", "R");
        writer.add(Fixtures.application("2024-EXP-0007", Fixtures.businessNo(7)));
        object(writer.application("2024-EXP-0007"), "company").put("name", "주식회사 일곱");
        writer.attach("2024-EXP-0007", "PARTICIPATION_PLAN", "documents/참가계획서.pdf",
                BundleWriter.Content.of(Fixtures.pdfLike("참가계획서 7")));
        Path bundle = dir.resolve("round.zip");
        writer.write(bundle);

        context = new AppContext(dir.resolve("data"), Messages.korean(), Clock.fixed(NOW, SEOUL));
        context.imports().importBundle(bundle, false, "간사", ReadProgress.NONE);
        round = context.rounds().require(null);
        for (int i = 0; i < EVALUATOR_IDS.size(); i++) {
            context.evaluators().add(EVALUATOR_IDS.get(i), EVALUATOR_NAMES.get(i), "소속", i == 0);
        }
        context.scoring().acceptPledge(round, "EV-HONG", "보안·청렴 서약");
        context.scoring().declareConflict(round, "2024-EXP-0002", "EV-CHOI", "친족");
        context.screening().override(round, "2024-EXP-0006", ScreeningStatus.ELIGIBLE, "서류 확인", "간사");
        context.screening().override(round, "2024-EXP-0006", ScreeningStatus.INELIGIBLE, "지원목적 불일치", "위원장");

        Map<String, int[]> totals = Map.of(
                "2024-EXP-0001", new int[] {90, 80, 80, 60, 100},
                "2024-EXP-0002", new int[] {60, 60, 50, 60},
                "2024-EXP-0003", new int[] {70, 70, 70},
                "2024-EXP-0004", new int[] {90, 90, 90, 90, 90});
        for (var e : totals.entrySet()) {
            for (int i = 0; i < e.getValue().length; i++) {
                submit(e.getKey(), EVALUATOR_IDS.get(i), e.getValue()[i] / 10);
            }
        }
    }

    /** The file the chair typed an evaluator's scores from. */
    static ProxySource source(String evaluator) {
        return new ProxySource(CHAIR, evaluator + "-점수.csv", Panels.sha256(evaluator));
    }

    private void submit(String receipt, String evaluator, int perIndicator) {
        Typing typing = evaluator.equals("EV-HONG") ? null : context.scoring().proxy(source(evaluator));
        for (Indicator indicator : round.program().rubric().indicators()) {
            int value = perIndicator;
            if (receipt.equals("2024-EXP-0001") && evaluator.equals("EV-HONG")) {
                value = switch (indicator.id()) {
                    case "GLOBAL_1" -> 10;
                    case "GLOBAL_2" -> 8;
                    default -> 9;
                };
            }
            if (typing == null) {
                context.scoring().setScore(round, receipt, evaluator, indicator.id(), BigDecimal.valueOf(value));
            } else {
                typing.setScore(round, receipt, evaluator, indicator.id(), BigDecimal.valueOf(value));
            }
        }
        if (receipt.equals("2024-EXP-0001") && evaluator.equals("EV-HONG")) {
            context.scoring().setComment(round, receipt, evaluator, "GLOBAL_1", HONG_COMMENT);
            context.scoring().setOpinion(round, receipt, evaluator, HONG_OPINION);
        }
        if (typing == null) {
            context.scoring().submit(round, receipt, evaluator);
        } else {
            typing.submit(round, receipt, evaluator);
        }
    }

    RoundResults results() {
        return context.results().results(round);
    }

    ResultWorkbookInput input(boolean provisional, Map<String, String> exclusions) {
        return new ResultWorkbookInput(results(), provisional, context.screening().overrideHistory(round),
                context.audit().all(), exclusions, "위원장 김선정", NOW, SEOUL);
    }

    @Override
    public void close() {
        context.close();
    }
}
