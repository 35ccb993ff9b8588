package kr.tipa.eval.ui.workspace;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.ui.plan.PlanViewModel;
import kr.tipa.eval.ui.scoring.ScoringFormViewModel;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The evaluator's afternoon: the list, the plan being read, and its scoring form, kept in step. */
public final class WorkspaceViewModel {

    private final AppContext context;
    private final BackgroundTasks tasks;
    private final Round round;
    private final String evaluatorId;
    private final ApplicationListViewModel list;
    private final ScoringFormViewModel form;
    private final PlanViewModel plan;
    private final ObjectProperty<WorkRow> selected = new SimpleObjectProperty<>();

    public WorkspaceViewModel(AppContext context, BackgroundTasks tasks, Round round, String evaluatorId) {
        this.context = context;
        this.tasks = tasks;
        this.round = round;
        this.evaluatorId = evaluatorId;
        this.list = new ApplicationListViewModel(context.scoring(), tasks, round, evaluatorId);
        this.form = new ScoringFormViewModel(context.scoring(), tasks, context.messages(), round, evaluatorId);
        this.plan = new PlanViewModel(context.rounds(), tasks, round);
        form.setOnSaved(list::saved);
        selected.addListener((o, was, now) -> open(now));
    }

    public ApplicationListViewModel list() {
        return list;
    }

    public ScoringFormViewModel form() {
        return form;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public Round round() {
        return round;
    }

    public ObjectProperty<WorkRow> selectedProperty() {
        return selected;
    }

    public void start(Consumer<ApplicationListViewModel> then) {
        list.refresh(then);
    }

    private void open(WorkRow row) {
        if (row == null) {
            form.clear();
            plan.clear();
            return;
        }
        if (row.receiptNo().equals(form.receiptNoProperty().get()) && form.loadedProperty().get()) {
            return;
        }
        plan.load(row.receiptNo());
        if (row.stateProperty().get() == WorkState.CONFLICT) {
            form.clear();
        } else {
            form.load(row.receiptNo(), row.company());
        }
    }

    /** Declares a conflict on the selected application: its form closes and it leaves my workload. */
    public void declareConflict(String reason, Consumer<String> onRefused) {
        WorkRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.write(p -> context.scoring().declareConflict(round, row.receiptNo(), evaluatorId, reason), c -> {
            list.conflictDeclared(row.receiptNo());
            form.clear();
        }, e -> onRefused.accept(e instanceof RefusedException r ? r.render(context.messages())
                : String.valueOf(e.getMessage())));
    }
}
