package kr.tipa.eval.ui.workspace;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.WorkItem;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.plan.PlanViewModel;
import kr.tipa.eval.ui.scoring.ScoringFormViewModel;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The evaluator's afternoon: the list, the plan being read, and its scoring form, kept in step. */
public final class WorkspaceViewModel {

    private final ScoringService scoring;
    private final RoundService rounds;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ConflictPrompt conflicts;
    private final Round round;
    private final String evaluatorId;
    private final ApplicationListViewModel list;
    private final ScoringFormViewModel form;
    private final PlanViewModel plan;
    private final ObjectProperty<WorkRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty blind = new SimpleBooleanProperty();
    /** The first screen, once its reading began. */
    private Pending firstScreen;

    public WorkspaceViewModel(ScoringService scoring, RoundService rounds, BackgroundTasks tasks, Messages messages,
            ConflictPrompt conflicts, Round round, String evaluatorId) {
        this.scoring = scoring;
        this.rounds = rounds;
        this.tasks = tasks;
        this.messages = messages;
        this.conflicts = conflicts;
        this.round = round;
        this.evaluatorId = evaluatorId;
        this.list = new ApplicationListViewModel(scoring, tasks, round, evaluatorId);
        this.form = new ScoringFormViewModel(scoring, tasks, messages, round, evaluatorId, this::declareConflict);
        this.plan = new PlanViewModel(rounds, tasks, round);
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

    /** Whether the round is blind: every screen of it says so (the plan view too, through its own model). */
    public BooleanProperty blindProperty() {
        return blind;
    }

    /**
     * What the first screen shows, read in one background task so that it appears at once: the list, and
     * the first application's plan and my sheet of it (its documents open only when their tab is chosen).
     */
    private record FirstScreen(List<WorkItem> items, StoredApplication plan, ScoreSheet sheet, boolean blind) {
    }

    /**
     * Starts reading the first screen, so that it is read while the view is being built; {@link #start}
     * then shows it as soon as it is in. Reading again is not needed: a second call does nothing.
     */
    public void readFirstScreen() {
        if (firstScreen != null) {
            return;
        }
        Pending pending = new Pending();
        firstScreen = pending;
        tasks.run(p -> {
            List<WorkItem> items = scoring.workload(round, evaluatorId);
            if (items.isEmpty()) {
                return new FirstScreen(items, null, null, rounds.blind(round));
            }
            WorkItem first = items.get(0);
            StoredApplication plan = rounds.application(round, first.receiptNo()).orElse(null);
            ScoreSheet sheet = first.state() == WorkState.CONFLICT ? null
                    : scoring.sheet(round, first.receiptNo(), evaluatorId);
            return new FirstScreen(items, plan, sheet, rounds.blind(round));
        }, d -> { }, pending::arrived, pending::failed);
    }

    /** Shows the first screen (read now unless {@link #readFirstScreen} began it); {@code then} runs after. */
    public void start(Consumer<ApplicationListViewModel> then) {
        readFirstScreen();
        firstScreen.then(first -> {
            blind.set(first.blind());
            plan.blindProperty().set(first.blind());
            if (first.plan() != null) {
                plan.show(first.plan());
            }
            if (first.sheet() != null) {
                WorkItem item = first.items().get(0);
                form.show(item.receiptNo(), item.application().companyName(), first.sheet());
            }
            list.show(first.items());
            then.accept(list);
        }, () -> list.refresh(then));
    }

    /** The first screen being read: kept until it is shown; every callback runs on the window's thread. */
    private static final class Pending {
        private FirstScreen read;
        private boolean failed;
        private Consumer<FirstScreen> show;
        private Runnable otherwise;

        void arrived(FirstScreen first) {
            read = first;
            if (show != null) {
                show.accept(first);
            }
        }

        void failed(Throwable e) {
            failed = true;
            if (otherwise != null) {
                otherwise.run();
            }
        }

        void then(Consumer<FirstScreen> show, Runnable otherwise) {
            if (read != null) {
                show.accept(read);
            } else if (failed) {
                otherwise.run();
            } else {
                this.show = show;
                this.otherwise = otherwise;
            }
        }
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
        if (!plan.shows(row.receiptNo())) {
            plan.load(row.receiptNo());
        }
        if (row.stateProperty().get() == WorkState.CONFLICT) {
            if (row.recusedByAgency()) {
                form.showAgencyRecusal(row.conflictReason());
            } else {
                form.clear();
            }
        } else {
            form.load(row.receiptNo(), row.company());
        }
    }

    /**
     * Declares a conflict on {@code receiptNo} with the reason the prompt asks for: its form closes and it
     * leaves my workload. A refusal is told through the prompt.
     */
    public void declareConflict(String receiptNo) {
        WorkRow row = list.allRows().stream().filter(r -> r.receiptNo().equals(receiptNo)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        conflicts.reason(receiptNo, row.company()).ifPresent(reason ->
                tasks.write(p -> scoring.declareConflict(round, receiptNo, evaluatorId, reason), c -> {
                    list.conflictDeclared(receiptNo);
                    if (receiptNo.equals(form.receiptNoProperty().get())) {
                        form.clear();
                    }
                }, e -> conflicts.refused(Refusals.describe(e, messages))));
    }
}
