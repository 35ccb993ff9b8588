package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.ui.chair.ChairRound.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.testing.Folders;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.HeardNotices;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair's exports say that they ended, written or not, to whoever the view asks to tell. */
class ChairNoticesTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private AppContext context;
    private Round round;
    private final HeardNotices notices = new HeardNotices();

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
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ChairViewModel chair(ResultWorkbooks workbooks) {
        ChairViewModel vm = ChairRound.viewModel(context, new SynchronousTasks(), round, workbooks, "김결정");
        vm.refresh();
        return vm;
    }

    @Test
    void aWrittenResultWorkbookAndAppealPackAreToldWithWhatTheDialogSays() {
        ChairViewModel vm = chair(new ChairRound.FakeWorkbooks());
        List<String> said = new ArrayList<>();
        vm.finalise().export(dir.resolve("결과.xlsx"), said::add, notices);
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isFalse();
            assertThat(n.title()).isEqualTo("결과 통합문서를 만들었습니다");
            assertThat(n.text()).isEqualTo(said.get(0));
        });

        vm.ranking().selectedProperty().set(vm.ranking().rows().get(0));
        vm.ranking().appealPack(dir.resolve("이의신청.xlsx"), p -> { }, notices);
        assertThat(notices.heard()).hasSize(2);
        assertThat(notices.heard().get(1).title()).isEqualTo("이의신청 자료를 만들었습니다");
        assertThat(notices.heard().get(1).text()).contains(r(1)).contains("이의신청.xlsx");
    }

    @Test
    void aResultWorkbookThatFailsIsToldAsFailedWithTheReason() {
        ResultWorkbooks failing = new ResultWorkbooks() {
            @Override
            public Outcome export(Round round, Path target) {
                throw new IllegalStateException("디스크가 가득 찼습니다");
            }

            @Override
            public Path appealPack(Round round, String receiptNo, Path target) {
                throw new IllegalStateException("디스크가 가득 찼습니다");
            }
        };
        ChairViewModel vm = chair(failing);
        List<String> said = new ArrayList<>();
        vm.finalise().export(dir.resolve("결과.xlsx"), said::add, notices);
        assertThat(said).isEmpty();
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isTrue();
            assertThat(n.title()).isEqualTo("결과 통합문서를 만들지 못했습니다");
            assertThat(n.text()).contains("디스크가 가득 찼습니다");
        });
        assertThat(vm.statusProperty().get()).contains("디스크가 가득 찼습니다");
    }
}
