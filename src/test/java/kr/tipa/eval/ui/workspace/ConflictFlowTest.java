package kr.tipa.eval.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's 회피 button reaches the workspace directly: it asks the reason, records it, updates the list. */
class ConflictFlowTest {

    @TempDir
    Path root;

    private AppContext context;
    private Round round;
    private final List<String> asked = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private Optional<String> answer = Optional.empty();
    private WorkspaceViewModel model;

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(root.resolve("data"));
        Path bundle = root.resolve("round.zip");
        Fixtures.bundle(3).write(bundle);
        round = Panels.importBundle(context, bundle);
        context.evaluators().add("E03", "김평가", "", true);
        ConflictPrompt prompt = new ConflictPrompt() {
            @Override
            public Optional<String> reason(String receiptNo, String company) {
                asked.add(receiptNo + " " + company);
                return answer;
            }

            @Override
            public void refused(String why) {
                refusals.add(why);
            }
        };
        model = new WorkspaceViewModel(context.scoring(), context.rounds(), new SynchronousTasks(), context.messages(),
                prompt, round, "E03");
        model.start(list -> { });
        model.selectedProperty().set(model.list().allRows().get(1));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private WorkRow row(int index) {
        return model.list().allRows().get(index);
    }

    @Test
    void aReasonGivenRecordsTheConflictClosesTheFormAndMarksTheRow() {
        answer = Optional.of("대표이사가 친척입니다");
        assertThat(model.form().receiptNoProperty().get()).isEqualTo(row(1).receiptNo());
        model.form().declareConflict();
        assertThat(asked).containsExactly(row(1).receiptNo() + " " + row(1).company());
        assertThat(row(1).stateProperty().get()).isEqualTo(WorkState.CONFLICT);
        assertThat(model.form().receiptNoProperty().get()).isEmpty();
        assertThat(context.scoring().workload(round, "E03").get(1).conflictReason()).hasValue("대표이사가 친척입니다");
        assertThat(refusals).isEmpty();
    }

    @Test
    void aCancelledPromptWritesNothing() {
        model.form().declareConflict();
        assertThat(asked).hasSize(1);
        assertThat(row(1).stateProperty().get()).isNotEqualTo(WorkState.CONFLICT);
        assertThat(context.scoring().workload(round, "E03").get(1).conflictReason()).isEmpty();
        assertThat(model.form().receiptNoProperty().get()).isEqualTo(row(1).receiptNo());
    }

    @Test
    void aFormShowingNothingAsksNothing() {
        model.selectedProperty().set(null);
        model.form().declareConflict();
        assertThat(asked).isEmpty();
    }
}
