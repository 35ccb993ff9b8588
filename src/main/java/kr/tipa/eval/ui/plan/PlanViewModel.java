package kr.tipa.eval.ui.plan;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The participation plan being read: its online part and its attached files. */
public final class PlanViewModel {

    private final RoundService rounds;
    private final BackgroundTasks tasks;
    private final Round round;
    private final ObjectProperty<StoredApplication> application = new SimpleObjectProperty<>();
    private final BooleanProperty blind = new SimpleBooleanProperty();

    public PlanViewModel(RoundService rounds, BackgroundTasks tasks, Round round) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.round = round;
    }

    public ObjectProperty<StoredApplication> applicationProperty() {
        return application;
    }

    /**
     * A blind round: the company shows as its pseudonym, and the viewer warns that the plan's text and its
     * attachments, which cannot be masked, may still name the company.
     */
    public BooleanProperty blindProperty() {
        return blind;
    }

    public void load(String receiptNo) {
        tasks.run(p -> rounds.application(round, receiptNo).orElse(null), d -> { }, application::set, e -> { });
    }

    /** Shows an application already read (with the rest of the first screen). */
    public void show(StoredApplication stored) {
        application.set(stored);
    }

    /** Whether {@code receiptNo}'s plan is the one shown. */
    public boolean shows(String receiptNo) {
        return application.get() != null && application.get().receiptNo().equals(receiptNo);
    }

    public void clear() {
        application.set(null);
    }
}
