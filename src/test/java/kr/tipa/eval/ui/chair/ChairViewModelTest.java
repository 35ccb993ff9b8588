package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.ui.chair.ChairRound.r;
import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.aggregation.Histogram;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.packages.PackageStatus;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.EvaluatorProfile;
import kr.tipa.eval.service.PanelMatrix.Cell;
import kr.tipa.eval.testing.Folders;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair's view model over the hand-worked round of {@link ChairRound}, with a real database. */
class ChairViewModelTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private AppContext context;
    private Round round;
    private ChairRound.FakeWorkbooks workbooks;
    private ChairViewModel vm;

    @BeforeAll
    static void buildOnce() throws Exception {
        try (AppContext context = Panels.open(template.resolve("chair"))) {
            ChairRound.build(context, template);
        }
    }

    @BeforeEach
    void open() {
        context = Panels.open(Folders.copy(template.resolve("chair"), dir.resolve("chair")));
        round = context.rounds().require(null);
        workbooks = new ChairRound.FakeWorkbooks();
        vm = ChairRound.viewModel(context, new SynchronousTasks(), round, workbooks, "김결정");
        vm.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private RankingRow row(String receipt) {
        return vm.ranking().rows().stream().filter(x -> x.receiptNo().equals(receipt)).findFirst().orElseThrow();
    }

    private void select(String receipt) {
        vm.ranking().selectedProperty().set(row(receipt));
    }

    @Test
    void theMatrixShowsEachEvaluatorsStateAndCountsThem() {
        PanelViewModel panel = vm.panel();
        assertThat(panel.panelProperty().get()).extracting(m -> m.id()).containsExactly("E1", "E2", "E3", "E4", "E5");
        assertThat(panel.rows()).hasSize(6);
        Map<String, Map<String, Cell>> cells = new java.util.HashMap<>();
        panel.rows().forEach(x -> cells.put(x.receiptNo(), x.cells()));
        assertThat(cells.get(r(1)).values()).containsOnly(Cell.SUBMITTED);
        assertThat(cells.get(r(2))).containsEntry("E3", Cell.SUBMITTED).containsEntry("E4", Cell.MISSING)
                .containsEntry("E5", Cell.MISSING);
        assertThat(cells.get(r(3))).containsEntry("E4", Cell.SUBMITTED).containsEntry("E5", Cell.CONFLICT);
        assertThat(cells.get(r(5))).containsEntry("E1", Cell.SUBMITTED).containsEntry("E4", Cell.NOT_REQUIRED);
        assertThat(cells.get(r(6))).containsEntry("E2", Cell.SUBMITTED).containsEntry("E3", Cell.DRAFT)
                .containsEntry("E5", Cell.MISSING);
        // 5 + 3 + 4 + 5 + 3 + 2 submitted; missing 2 (0002) + 2 (0006)
        assertThat(panel.countsProperty().get()).containsEntry(Cell.SUBMITTED, 22L).containsEntry(Cell.MISSING, 4L)
                .containsEntry(Cell.CONFLICT, 1L).containsEntry(Cell.NOT_REQUIRED, 2L).containsEntry(Cell.DRAFT, 1L)
                .containsEntry(Cell.CLOSED, 0L);
    }

    @Test
    void theRankingHasRanksTotalsAndBothLines() {
        List<RankingRow> rows = vm.ranking().rows();
        assertThat(rows).extracting(RankingRow::receiptNo).containsExactly(r(1), r(3), r(2), r(4), r(5), r(6));
        assertThat(rows).extracting(x -> x.rank().orElse(0)).containsExactly(1, 2, 3, 4, 0, 0);
        assertThat(rows).extracting(x -> x.composite().map(BigDecimal::toPlainString).orElse("-"))
                .containsExactly("80.00", "67.50", "63.33", "50.00", "-", "-");
        assertThat(rows).extracting(RankingRow::status).containsExactly(SelectionStatus.SELECTED,
                SelectionStatus.SELECTED, SelectionStatus.SELECTED, SelectionStatus.NOT_SELECTED,
                SelectionStatus.INELIGIBLE, SelectionStatus.INCOMPLETE);
        assertThat(row(r(1)).total("E5")).hasValue(new BigDecimal("100"));
        assertThat(row(r(1)).dropped()).containsExactlyInAnyOrder("E4", "E5");
        // 0004: E2's 60 is the highest; of the four 50s the first in panel order (E1) is the lowest dropped
        assertThat(row(r(4)).dropped()).containsExactlyInAnyOrder("E1", "E2");
        assertThat(row(r(3)).total("E5")).isEmpty();
        assertThat(rows).extracting(RankingRow::cutoffLineAfter).containsExactly(false, false, true, false, false,
                false);
        assertThat(rows).extracting(RankingRow::capacityLineAfter).containsExactly(false, true, false, false, false,
                false);
        assertThat(rows).noneMatch(RankingRow::cutoffLineBefore);
        assertThat(vm.ranking().capacityTextProperty().get())
                .startsWith("기준 통과 3개사, 지원규모 2개사 내외 — 1개사 초과").contains("지원 대상 3개사");
        assertThat(row(r(1)).packages()).hasSize(6);
        assertThat(row(r(1)).packages().get(SupportPackage.P1_GROUP_INSURANCE).status())
                .isEqualTo(PackageStatus.NOT_APPLICABLE);
        assertThat(row(r(1)).packages().get(SupportPackage.P6_POST_SHIPMENT_GUARANTEE).status())
                .isEqualTo(PackageStatus.GRANTED);
        assertThat(row(r(4)).packages()).isEmpty();
    }

    @Test
    void anExclusionShowsInTheStatusAndMovesTheCapacityLine() {
        select(r(3));
        assertThat(vm.ranking().canExcludeProperty().get()).isTrue();
        assertThat(vm.ranking().canIncludeProperty().get()).isFalse();
        vm.ranking().exclude("지원규모 초과");
        RankingRow excluded = row(r(3));
        assertThat(excluded.status()).isEqualTo(SelectionStatus.NOT_SELECTED);
        assertThat(excluded.exclusionReason()).hasValue("지원규모 초과");
        assertThat(excluded.composite()).hasValue(new BigDecimal("67.50"));
        assertThat(excluded.rank()).hasValue(2);
        // now 0001 and 0002 are the two selected: the capacity line follows 0002 (third row)
        assertThat(vm.ranking().rows()).extracting(RankingRow::capacityLineAfter)
                .containsExactly(false, false, true, false, false, false);
        assertThat(vm.ranking().capacityTextProperty().get()).contains("지원 대상 2개사, 위원장 제외 1개사");
        assertThat(vm.ranking().selectedProperty().get().receiptNo()).isEqualTo(r(3));
        assertThat(vm.ranking().canIncludeProperty().get()).isTrue();
        assertThat(vm.ranking().details(excluded)).contains("지원 제외 사유: 지원규모 초과");

        vm.ranking().include();
        assertThat(row(r(3)).status()).isEqualTo(SelectionStatus.SELECTED);
        assertThat(row(r(3)).exclusionReason()).isEmpty();
    }

    @Test
    void anExclusionWithoutAReasonIsRefusedAndSaid() {
        select(r(1));
        vm.ranking().exclude("  ");
        assertThat(row(r(1)).status()).isEqualTo(SelectionStatus.SELECTED);
        assertThat(vm.statusIsErrorProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("사유를 적어야 합니다.");
    }

    @Test
    void aScreeningDecisionByHandChangesTheRanking() {
        select(r(1));
        vm.ranking().override(ScreeningStatus.INELIGIBLE, "지원목적 불일치");
        RankingRow x01 = row(r(1));
        assertThat(x01.status()).isEqualTo(SelectionStatus.INELIGIBLE);
        assertThat(x01.screening().codes()).contains(ScreeningCode.X01_PURPOSE_MISMATCH);
        assertThat(x01.rank()).isEmpty();
        assertThat(vm.ranking().rows().get(0).receiptNo()).isEqualTo(r(3));
        assertThat(vm.ranking().details(x01)).contains("지원목적 불일치").contains("김결정");
    }

    @Test
    void finalisingIsEnabledOnlyWhenNothingOrOnlyTickedOptionsBlock() {
        FinaliseViewModel f = vm.finalise();
        List<String> lines = f.blockerLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("검토 필요").contains(r(2)).contains("(주)바다소재");
        assertThat(lines.get(1)).contains("편차").contains(r(1)).contains("40점");
        assertThat(lines.get(2)).contains(r(2)).contains("위원4 (E4), 위원5 (E5)");
        assertThat(lines.get(3)).contains(r(6)).contains("위원3 (E3), 위원4 (E4), 위원5 (E5)");
        assertThat(f.alerts()).singleElement().satisfies(a -> {
            assertThat(a.receiptNo()).isEqualTo(r(1));
            assertThat(a.spread()).isEqualByComparingTo("40");
            assertThat(a.totals()).isEqualTo("위원1 90  ·  위원2 80  ·  위원3 70  ·  위원4 60  ·  위원5 100");
            assertThat(a.acknowledged()).isEmpty();
        });
        assertThat(f.canFinaliseProperty().get()).isFalse();
        f.acknowledgeAllProperty().set(true);
        f.closeMissingProperty().set(true);
        assertThat(f.canFinaliseProperty().get()).as("검토 필요 is no option").isFalse();

        select(r(2));
        vm.ranking().override(ScreeningStatus.ELIGIBLE, "번호 확인");
        assertThat(f.blockerLines()).hasSize(3).noneMatch(l -> l.contains("검토 필요"));
        assertThat(f.canFinaliseProperty().get()).isTrue();
        f.acknowledgeAllProperty().set(false);
        assertThat(f.canFinaliseProperty().get()).isFalse();
        f.acknowledge(r(1));
        assertThat(f.alerts().get(0).acknowledged()).isPresent();
        assertThat(f.canFinaliseProperty().get()).isTrue();
        f.closeMissingProperty().set(false);
        assertThat(f.canFinaliseProperty().get()).isFalse();
        f.closeMissingProperty().set(true);

        List<List<String>> blocked = new ArrayList<>();
        f.finalise(blocked::add);
        assertThat(blocked).isEmpty();
        assertThat(f.finalisedProperty().get()).isTrue();
        assertThat(f.isFinalProperty().get()).isTrue();
        assertThat(f.canFinaliseProperty().get()).as("nothing new to finalise").isFalse();
        assertThat(f.finalisationTextProperty().get()).startsWith("확정됨: 김결정");
        assertThat(f.blockerLines()).isEmpty();
        assertThat(vm.panel().countsProperty().get()).containsEntry(Cell.CLOSED, 5L).containsEntry(Cell.MISSING, 0L)
                .containsEntry(Cell.DRAFT, 0L);
        assertThat(context.chair().finalisation(round)).isPresent();
    }

    @Test
    void aRefusedFinalisationListsWhatBlocksAndWritesNothing() {
        List<List<String>> blocked = new ArrayList<>();
        vm.finalise().finalise(blocked::add);
        assertThat(blocked).singleElement().satisfies(lines -> {
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).contains("검토 필요").contains(r(2));
        });
        assertThat(vm.finalise().finalisedProperty().get()).isFalse();
        assertThat(context.chair().finalisation(round)).isEmpty();
        assertThat(vm.finalise().finalisationTextProperty().get()).startsWith("아직 확정하지 않았습니다");
    }

    @Test
    void theHistogramCountsCompositesInBinsOfFive() {
        List<Histogram.Bin> bins = vm.distribution().bins();
        assertThat(bins).hasSize(20);
        int[] expected = new int[20];
        expected[16] = 1; // 80.00
        expected[13] = 1; // 67.50
        expected[12] = 1; // 63.33
        expected[10] = 1; // 50.00
        assertThat(bins).extracting(Histogram.Bin::count).containsExactly(
                java.util.Arrays.stream(expected).boxed().toArray(Integer[]::new));
        assertThat(bins.get(11).zone()).isEqualTo(Histogram.Zone.BELOW);
        assertThat(bins.get(12).zone()).isEqualTo(Histogram.Zone.AT_OR_ABOVE);
        assertThat(bins.get(19).upper()).isEqualByComparingTo("100");
        assertThat(vm.distribution().summaryProperty().get()).isEqualTo("종합평점이 있는 신청 4건 — 기준 60점 이상 3건");
    }

    @Test
    void binEdgesBelongToTheUpperBinAndTheMaximumToTheLast() {
        List<Histogram.Bin> bins = Histogram.bins(List.of(new BigDecimal("0"), new BigDecimal("4.99"),
                new BigDecimal("5"), new BigDecimal("59.99"), new BigDecimal("60"), new BigDecimal("100")),
                new BigDecimal("100"), new BigDecimal("5"), new BigDecimal("62"));
        assertThat(bins.get(0).count()).isEqualTo(2);
        assertThat(bins.get(1).count()).isEqualTo(1);
        assertThat(bins.get(11).count()).isEqualTo(1);
        assertThat(bins.get(12).count()).isEqualTo(1);
        assertThat(bins.get(19).count()).isEqualTo(1);
        assertThat(bins.stream().mapToInt(Histogram.Bin::count).sum()).isEqualTo(6);
        assertThat(bins.get(12).zone()).isEqualTo(Histogram.Zone.STRADDLES);
        assertThat(bins.get(13).zone()).isEqualTo(Histogram.Zone.AT_OR_ABOVE);
    }

    @Test
    void profilesGiveMeanDeviationAndAdvisoryZ() {
        Map<String, EvaluatorProfile> byId = new java.util.HashMap<>();
        vm.distribution().profiles().forEach(p -> byId.put(p.member().id(), p));
        // E1: 90 60 70 50 90 80 → mean 440/6 = 73.33; population SD √(1333.33/6) = 14.91
        assertProfile(byId.get("E1"), 6, "73.33", "14.91", "0.58");
        // E4: 60 70 50 → mean 60; SD √(200/3) = 8.16
        assertProfile(byId.get("E4"), 3, "60.00", "8.16", "-1.66");
        // E5: 100 50 → mean 75, SD 25; the panel's means 73.33 75 66 60 75 → mean 69.87, SD 5.95
        assertProfile(byId.get("E5"), 2, "75.00", "25.00", "0.86");
    }

    /**
     * 일치도 over the round of {@link ChairRound}: the units are the six applications with totals (0005's
     * ineligible and 0006's incomplete ones count: they are the evaluators' judgements), n = 22 totals.
     * D_o: Σ_u 2·Σ_{i<j}(v_i − v_j)²/(m_u − 1): 0001 2·5000/4 = 2500, 0002 2·200/2 = 200, 0003 2·300/3 = 200,
     * 0004 2·400/4 = 200, 0005 and 0006 0; D_o = 3100/22 = 140.909. D_e: Σv = 1550, Σv² = 114100,
     * 2(22·114100 − 1550²)/(22·21) = 215400/462 = 466.234. alpha = 1 − 140.909/466.234 = 0.698.
     * Without E4 (60 70 50 on 0001, 0003, 0004) alpha is 0.788, +0.090: E4 agrees least, and scores lowest
     * (z of the mean −1.66: harsh). The adjusted scores move nobody across a line here.
     */
    @Test
    void theAgreementTabShowsAlphaTheStripsAndNoCrossing() {
        AgreementViewModel a = vm.agreement();
        assertThat(a.alphaProperty().get()).isEqualTo("α = 0.698");
        assertThat(a.intervalProperty().get()).startsWith("95% 구간 ");
        assertThat(a.basisProperty().get()).contains("6건").contains("1,000회");
        assertThat(a.alphaWithout()).extracting(AlphaWithoutRow::evaluator).containsExactly("위원1 (E1)", "위원2 (E2)",
                "위원3 (E3)", "위원4 (E4)", "위원5 (E5)");
        AlphaWithoutRow e4 = a.alphaWithout().get(3);
        assertThat(e4.alpha()).isEqualTo("0.788");
        assertThat(e4.change()).isEqualTo("+0.090");
        assertThat(a.strips()).hasSize(5);
        // in ranking order: 0001, 0003, 0002, 0004, then 0005 and 0006
        assertThat(a.strips().get(0).totals()).containsExactly(90.0, 70.0, 60.0, 50.0, 90.0, 80.0);
        assertThat(a.strips().get(3).lean()).isEqualTo(EvaluatorStrip.Lean.HARSH);
        assertThat(a.strips().get(0).lean()).isEqualTo(EvaluatorStrip.Lean.USUAL);
        // E3's draft on 0006 is not a total
        assertThat(a.strips().get(2).totals()).hasSize(5);
        assertThat(a.crossings()).isEmpty();
        assertThat(a.excludedProperty().get()).isEmpty();
        // 1550 / 22
        assertThat(a.panelMeanProperty().get()).isCloseTo(70.4545, org.assertj.core.api.Assertions.within(0.0001));
    }

    /** Quartiles interpolate between order statistics: 50 60 70 80 90 → 60, 70, 80; one total is all five. */
    @Test
    void aStripsBoxIsItsQuartiles() {
        EvaluatorStrip s = new EvaluatorStrip("E1", "위원1 (E1)", List.of(90.0, 50.0, 70.0, 60.0, 80.0),
                EvaluatorStrip.Lean.USUAL);
        assertThat(s.quantile(0)).isEqualTo(50.0);
        assertThat(s.quantile(0.25)).isEqualTo(60.0);
        assertThat(s.quantile(0.5)).isEqualTo(70.0);
        assertThat(s.quantile(0.75)).isEqualTo(80.0);
        assertThat(s.quantile(1)).isEqualTo(90.0);
        assertThat(s.mean()).isEqualTo(70.0);
        EvaluatorStrip one = new EvaluatorStrip("E2", "위원2 (E2)", List.of(64.0), EvaluatorStrip.Lean.USUAL);
        assertThat(one.quantile(0.25)).isEqualTo(64.0);
        assertThat(one.quantile(0.75)).isEqualTo(64.0);
    }

    private static void assertProfile(EvaluatorProfile p, int n, String mean, String sd, String z) {
        assertThat(p.sheets()).isEqualTo(n);
        assertThat(p.mean().map(BigDecimal::toPlainString)).hasValue(mean);
        assertThat(p.standardDeviation().map(BigDecimal::toPlainString)).hasValue(sd);
        assertThat(p.zScore().map(BigDecimal::toPlainString)).hasValue(z);
    }

    @Test
    void theResultWorkbookAndAnAppealPackAreWrittenAndSaid() throws Exception {
        List<String> said = new ArrayList<>();
        Path target = dir.resolve("결과.xlsx");
        vm.finalise().export(target, said::add);
        assertThat(Files.readString(target)).isEqualTo("result KSURE-EXPORT-2024-2");
        assertThat(said).singleElement().satisfies(text -> assertThat(text).startsWith("잠정본")
                .contains("김결정").contains("3F:A0:11:22:33:44:55:66").doesNotContain("9C"));
        select(r(2));
        Path appeal = dir.resolve("이의신청.xlsx");
        List<Path> done = new ArrayList<>();
        vm.ranking().appealPack(appeal, done::add);
        assertThat(done).containsExactly(appeal);
        assertThat(Files.readString(appeal)).isEqualTo("appeal " + r(2));
        assertThat(Optional.ofNullable(vm.statusProperty().get())).hasValueSatisfying(s -> assertThat(s)
                .contains(r(2)));
    }

    @Test
    void withoutResultWorkbooksExportAndTheAppealPackStayDisabled() {
        ChairViewModel bare = ChairRound.viewModel(context, new SynchronousTasks(), round, null, "김결정");
        bare.refresh();
        bare.ranking().selectedProperty().set(bare.ranking().rows().get(0));
        assertThat(bare.ranking().canAppealProperty().get()).isFalse();
        assertThat(bare.finalise().canExport()).isFalse();
        select(r(1));
        assertThat(vm.ranking().canAppealProperty().get()).isTrue();
        assertThat(vm.finalise().canExport()).isTrue();
    }
}
