package kr.tipa.eval.ui.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.IntakeExamples;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency's desk without a window: it follows the window's round, screens, decides, splits. */
class AgencyViewModelTest {

    private static final String REVIEW = Fixtures.receiptNo(3);

    @TempDir
    Path dir;

    private AppContext context;
    private Round round;
    private final SimpleObjectProperty<Round> windowRound = new SimpleObjectProperty<>();
    private final List<Path> splits = new ArrayList<>();
    private AgencyViewModel model;

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(dir.resolve("agency"));
        Path bundle = dir.resolve("round.tbundle");
        context.roundBuilds().build(IntakeExamples.good(dir.resolve("in"), 4, true), bundle, "담당자",
                ReadProgress.NONE);
        round = Panels.importBundle(context, bundle);
        PanelSplitter splitter = (r, folder, progress) -> {
            splits.add(folder);
            if (context.screening().decisionsByReceipt(r).get(REVIEW).status() == ScreeningStatus.NEEDS_REVIEW) {
                throw new RefusedException("agency.split.review", 1, REVIEW);
            }
            return List.of(new PanelSplitter.PanelPackageFile("P1", "제1분과", folder.resolve("P1.tbundle"), 2,
                    "0".repeat(64)));
        };
        model = new AgencyViewModel(context.roundBuilds(), target -> { }, context.rounds(), context.screening(),
                splitter, new SynchronousTasks(), Messages.korean(), windowRound, () -> "담당자", "김담당", p -> { });
    }

    @AfterEach
    void close() {
        model.deactivate();
        context.close();
    }

    @Test
    void beforeAnyRoundThereIsNothingToScreenOrSplit() {
        model.activate();
        assertThat(model.screening().rows()).isEmpty();
        assertThat(model.split().canSplitProperty().get()).isFalse();
    }

    @Test
    void aRoundArrivingInTheWindowIsReadWithoutLeavingTheDesk() {
        model.activate();
        windowRound.set(round);
        assertThat(model.roundProperty().get()).isSameAs(round);
        assertThat(model.screening().rows()).hasSize(4);
        assertThat(model.screening().countsProperty().get()).isEqualTo("신청 4건 — 적격 3 · 부적격 0 · 검토 필요 1");
        assertThat(model.split().panels()).extracting(PanelRow::eligible).containsExactly(1, 2);
        assertThat(model.split().reviewProperty().get()).contains(REVIEW);
    }

    @Test
    void aDeactivatedDeskNoLongerFollowsTheWindow() {
        model.activate();
        model.deactivate();
        windowRound.set(round);
        assertThat(model.roundProperty().get()).isNull();
    }

    @Test
    void needsReviewOnlyHidesTheRestAndDropsAChoiceItHides() {
        windowRound.set(round);
        model.activate();
        var screening = model.screening();
        screening.selectedProperty().set(screening.rows().get(0));
        screening.reviewOnlyProperty().set(true);
        assertThat(screening.shown()).extracting(ScreeningRow::receiptNo).containsExactly(REVIEW);
        assertThat(screening.selectedProperty().get()).as("a hidden row is not acted on").isNull();
    }

    @Test
    void aDecisionWithAReasonIsRecordedUnderTheAgencysNameAndFreesTheSplit() {
        windowRound.set(round);
        model.activate();
        var screening = model.screening();
        screening.selectedProperty().set(screening.rows().get(2));
        screening.decide(ScreeningStatus.ELIGIBLE, "  ");
        assertThat(context.screening().overrideHistory(round)).as("no reason, no decision").isEmpty();

        model.split().split(dir.resolve("packages"));
        assertThat(model.statusProperty().get()).contains(REVIEW);
        assertThat(model.split().written()).isEmpty();

        screening.decide(ScreeningStatus.ELIGIBLE, "원본 확인");
        var decided = context.screening().decisionsByReceipt(round).get(REVIEW);
        assertThat(decided.status()).isEqualTo(ScreeningStatus.ELIGIBLE);
        assertThat(decided.override().orElseThrow().decidedBy()).isEqualTo("김담당");
        assertThat(model.split().reviewProperty().get()).isEmpty();
        assertThat(model.split().panels()).extracting(PanelRow::eligible).containsExactly(2, 2);

        model.split().split(dir.resolve("packages"));
        assertThat(model.split().written()).extracting(PanelSplitter.PanelPackageFile::panelId).containsExactly("P1");
        assertThat(splits).hasSize(2);
    }
}
