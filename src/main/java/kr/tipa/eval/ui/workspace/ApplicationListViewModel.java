package kr.tipa.eval.ui.workspace;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** My workload in a round: every application with its screening and my sheet's state, searchable and filterable. */
public final class ApplicationListViewModel {

    /** The list's filter choices. */
    public enum Filter {
        ALL, TO_DO, IN_PROGRESS, SUBMITTED, CONFLICT, NOT_ELIGIBLE
    }

    private final ScoringService scoring;
    private final BackgroundTasks tasks;
    private final Round round;
    private final String evaluatorId;
    private final ObservableList<WorkRow> rows = FXCollections.observableArrayList();
    private final FilteredList<WorkRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final StringProperty summary = new SimpleStringProperty("");

    public ApplicationListViewModel(ScoringService scoring, BackgroundTasks tasks, Round round, String evaluatorId) {
        this.scoring = scoring;
        this.tasks = tasks;
        this.round = round;
        this.evaluatorId = evaluatorId;
        search.addListener((o, a, b) -> refilter());
        filter.addListener((o, a, b) -> refilter());
    }

    public ObservableList<WorkRow> visibleRows() {
        return visible;
    }

    public ObservableList<WorkRow> allRows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** "done/total" in words is the view's job; here the counts. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** Reads the workload in the background; {@code then} runs after the rows are in. */
    public void refresh(Consumer<ApplicationListViewModel> then) {
        tasks.run(p -> scoring.workload(round, evaluatorId), d -> { }, items -> {
            show(items);
            then.accept(this);
        }, e -> { });
    }

    /** Shows a workload already read. */
    public void show(java.util.List<kr.tipa.eval.model.WorkItem> items) {
        rows.setAll(items.stream().map(WorkRow::new).toList());
        updateSummary();
    }

    /** Reflects a saved sheet in its row without reading everything again. */
    public void saved(ScoreSheet sheet) {
        for (WorkRow row : rows) {
            if (row.receiptNo().equals(sheet.receiptNo())) {
                row.stateProperty().set(sheet.submitted() ? WorkState.SUBMITTED
                        : sheet.version() > 1 ? WorkState.CORRECTING
                        : sheet.isEmpty() ? WorkState.NOT_STARTED : WorkState.IN_PROGRESS);
                row.totalProperty().set(sheet.isEmpty() ? null : sheet.total());
            }
        }
        // No re-filtering here: the row being scored must not vanish (and lose the selection) mid-sheet.
        updateSummary();
    }

    public void conflictDeclared(String receiptNo) {
        rows.stream().filter(r -> r.receiptNo().equals(receiptNo)).forEach(r -> {
            r.stateProperty().set(WorkState.CONFLICT);
            r.totalProperty().set(null);
        });
        updateSummary();
        refilter();
    }

    public long count(WorkState state) {
        return rows.stream().filter(r -> r.stateProperty().get() == state).count();
    }

    private void updateSummary() {
        long workload = rows.stream().filter(r -> r.stateProperty().get() != WorkState.CONFLICT).count();
        summary.set(count(WorkState.SUBMITTED) + "/" + workload);
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Filter f = filter.get();
        visible.setPredicate(r -> matches(r, text) && matches(r, f));
    }

    private static boolean matches(WorkRow r, String text) {
        return text.isEmpty() || r.receiptNo().toLowerCase(Locale.ROOT).contains(text)
                || r.company().toLowerCase(Locale.ROOT).contains(text);
    }

    private static boolean matches(WorkRow r, Filter f) {
        WorkState s = r.stateProperty().get();
        return switch (f) {
            case ALL -> true;
            case TO_DO -> s == WorkState.NOT_STARTED || s == WorkState.IN_PROGRESS || s == WorkState.CORRECTING;
            case IN_PROGRESS -> s == WorkState.IN_PROGRESS || s == WorkState.CORRECTING;
            case SUBMITTED -> s == WorkState.SUBMITTED;
            case CONFLICT -> s == WorkState.CONFLICT;
            case NOT_ELIGIBLE -> r.screening().status() != ScreeningStatus.ELIGIBLE;
        };
    }
}
