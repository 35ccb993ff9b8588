package kr.tipa.eval.ui.agency;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.ui.chair.ChairOperations;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * 분과별 패키지 만들기: the panels with their rosters and how many eligible applications each package will
 * hold, what still needs review (the split is refused while anything does), and the packages written.
 */
public final class SplitViewModel {

    private final PanelSplitter splitter;
    private final Supplier<Round> round;
    private final BackgroundTasks tasks;
    private final ChairOperations ops;
    private final Messages messages;
    private final ObservableList<PanelRow> panels = FXCollections.observableArrayList();
    private final ObservableList<PanelSplitter.PanelPackageFile> written = FXCollections.observableArrayList();
    private final StringProperty review = new SimpleStringProperty("");
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private final BooleanProperty hasRound = new SimpleBooleanProperty();
    private final BooleanProperty splitting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);

    SplitViewModel(PanelSplitter splitter, Supplier<Round> round, BackgroundTasks tasks, ChairOperations ops) {
        this.splitter = splitter;
        this.round = round;
        this.tasks = tasks;
        this.ops = ops;
        this.messages = ops.messages();
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<PanelRow> panels() {
        return panels;
    }

    public ObservableList<PanelSplitter.PanelPackageFile> written() {
        return written;
    }

    /** The receipt numbers that still need review, in words; empty when none do. */
    public StringProperty reviewProperty() {
        return review;
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public BooleanProperty splittingProperty() {
        return splitting;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Whether this window can write panel packages at all. */
    public boolean available() {
        return splitter.available();
    }

    public BooleanBinding canSplitProperty() {
        return Bindings.createBooleanBinding(() -> hasRound.get() && !splitting.get() && splitter.available()
                && !panels.isEmpty(), hasRound, splitting, panels);
    }

    void apply(AgencySnapshot s, boolean roundHeld) {
        hasRound.set(roundHeld);
        blind.set(s.blind());
        panels.setAll(s.panels().stream().map(p -> PanelRow.of(p, eligible(p, s))).toList());
        List<String> open = s.rows().stream().filter(ScreeningRow::needsReview).map(ScreeningRow::receiptNo).toList();
        review.set(open.isEmpty() ? "" : messages.get("agency.split.review", open.size(), String.join(", ", open)));
    }

    private static int eligible(Panel panel, AgencySnapshot s) {
        return (int) s.rows().stream().filter(r -> r.panel().equals(panel.id())
                && r.status() == ScreeningStatus.ELIGIBLE).count();
    }

    /** Writes one package per panel into {@code folder}; a refusal names what still needs review. */
    public void split(Path folder) {
        Round current = round.get();
        if (current == null || !canSplitProperty().get()) {
            return;
        }
        splitting.set(true);
        progress.set(-1);
        written.clear();
        ops.say(messages.get("agency.split.running", String.valueOf(folder)));
        tasks.run(p -> splitter.split(current, folder, new ReadProgress() {
            @Override
            public void progress(long done, long total) {
                p.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        }), progress::set, files -> {
            splitting.set(false);
            written.setAll(files);
            ops.say(messages.get("agency.split.done", files.size(), String.valueOf(folder)));
        }, e -> {
            splitting.set(false);
            ops.fail(e);
        });
    }
}
