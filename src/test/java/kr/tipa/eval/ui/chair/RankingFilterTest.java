package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.ui.chair.ChairRound.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.testing.Folders;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking's filter by status and by screening, over the hand-worked round of {@link ChairRound}: 0001, 0003,
 * 0002 지원 대상 (0002 검토 필요), 0004 지원 제외, 0005 자격 미달 (부적격), 0006 평가 미완료, in that order.
 */
class RankingFilterTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private AppContext context;
    private ChairViewModel vm;
    private RankingViewModel ranking;

    @BeforeAll
    static void buildOnce() throws Exception {
        try (AppContext context = Panels.open(template.resolve("chair"))) {
            ChairRound.build(context, template);
        }
    }

    @BeforeEach
    void open() {
        context = Panels.open(Folders.copy(template.resolve("chair"), dir.resolve("chair")));
        vm = ChairRound.viewModel(context, new SynchronousTasks(), context.rounds().require(null),
                new ChairRound.FakeWorkbooks(), "김결정");
        vm.refresh();
        ranking = vm.ranking();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<String> shown() {
        return ranking.shownRows().stream().map(RankingRow::receiptNo).toList();
    }

    @Test
    void nothingChosenShowsEveryRowInRankingOrder() {
        assertThat(shown()).containsExactly(r(1), r(3), r(2), r(4), r(5), r(6));
        assertThat(ranking.shownTextProperty().get()).isEmpty();
    }

    @Test
    void oneStatusShowsItsRowsOnlyAndSaysHowManyOfAll() {
        ranking.filterStatuses(List.of(SelectionStatus.SELECTED));
        assertThat(shown()).containsExactly(r(1), r(3), r(2));
        assertThat(ranking.shownTextProperty().get()).isEqualTo("3/6개사 표시");
        ranking.filterStatuses(List.of(SelectionStatus.INCOMPLETE, SelectionStatus.INELIGIBLE));
        assertThat(shown()).containsExactly(r(5), r(6));
        ranking.filterStatuses(List.of());
        assertThat(shown()).hasSize(6);
        assertThat(ranking.shownTextProperty().get()).isEmpty();
    }

    @Test
    void theScreeningFilterAndTheStatusFilterMustBothHold() {
        ranking.filterScreenings(List.of(ScreeningStatus.NEEDS_REVIEW));
        assertThat(shown()).containsExactly(r(2));
        ranking.filterStatuses(List.of(SelectionStatus.SELECTED));
        assertThat(shown()).containsExactly(r(2));
        ranking.filterStatuses(List.of(SelectionStatus.NOT_SELECTED));
        assertThat(shown()).isEmpty();
        assertThat(ranking.shownTextProperty().get()).isEqualTo("0/6개사 표시");
        ranking.filterScreenings(List.of(ScreeningStatus.INELIGIBLE));
        assertThat(shown()).isEmpty();
        ranking.filterStatuses(List.of());
        assertThat(shown()).containsExactly(r(5));
    }

    @Test
    void aSelectedRowTheFilterHidesIsNoLongerTheOneActedOn() {
        RankingRow third = ranking.rows().stream().filter(x -> x.receiptNo().equals(r(3))).findFirst().orElseThrow();
        ranking.selectedProperty().set(third);
        ranking.filterScreenings(List.of(ScreeningStatus.ELIGIBLE));
        assertThat(ranking.selectedProperty().get()).as("0003 is eligible: still shown").isSameAs(third);
        ranking.filterStatuses(List.of(SelectionStatus.NOT_SELECTED));
        assertThat(ranking.selectedProperty().get()).isNull();
        assertThat(ranking.canExcludeProperty().get()).isFalse();
    }

    @Test
    void theFilterHoldsAcrossTheRefreshAfterADecision() {
        ranking.filterStatuses(List.of(SelectionStatus.SELECTED));
        ranking.selectedProperty().set(ranking.shownRows().get(1));
        assertThat(ranking.selectedProperty().get().receiptNo()).isEqualTo(r(3));
        ranking.exclude("지원규모 초과");
        // 0003 is now 지원 제외 (the chair's exclusion): the filter hides it, and it is no longer acted on.
        assertThat(shown()).containsExactly(r(1), r(2));
        assertThat(ranking.shownTextProperty().get()).isEqualTo("2/6개사 표시");
        assertThat(ranking.selectedProperty().get()).isNull();
        ranking.filterStatuses(List.of(SelectionStatus.NOT_SELECTED));
        assertThat(shown()).containsExactly(r(3), r(4));
    }
}
