package kr.tipa.eval.ui.agency;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.RoundBuildService;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.service.ScreeningService;
import kr.tipa.eval.ui.chair.ChairOperations;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The agency's desk (전담기관): the round build, screening with decisions by hand, and the split into panel
 * packages. It follows the window's round (none before the first import): the build is there from the
 * start, screening and the split once a round is held. Screening and the split are read together.
 */
public final class AgencyViewModel {

    private final RoundService rounds;
    private final ScreeningService screening;
    private final ObservableValue<Round> windowRound;
    private final ChairOperations ops;
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final BuildWizardViewModel build;
    private final AgencyScreeningViewModel screeningModel;
    private final SplitViewModel split;
    private Subscription following = Subscription.EMPTY;
    private long generation;

    /**
     * @param windowRound the round the window holds (null before the first import), followed while active
     * @param actor       who acts, as the audit log records it
     * @param decidedBy   the name recorded with each screening decision
     * @param importer    the window's import, for a round just built
     */
    public AgencyViewModel(RoundBuildService builds, TemplateWriter template, RoundService rounds,
            ScreeningService screening, PanelSplitter splitter, BackgroundTasks tasks, Messages messages,
            ObservableValue<Round> windowRound, Supplier<String> actor, String decidedBy, Consumer<Path> importer) {
        this.rounds = rounds;
        this.screening = screening;
        this.windowRound = windowRound;
        this.ops = new ChairOperations(tasks, messages);
        this.build = new BuildWizardViewModel(builds, template, tasks, ops, actor, importer);
        this.screeningModel = new AgencyScreeningViewModel(screening, round::get, decidedBy, ops);
        this.split = new SplitViewModel(splitter, round::get, tasks, ops);
        this.round.set(windowRound.getValue());
        ops.setRefresh(this::refresh);
    }

    public Messages messages() {
        return ops.messages();
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public BuildWizardViewModel build() {
        return build;
    }

    public AgencyScreeningViewModel screening() {
        return screeningModel;
    }

    public SplitViewModel split() {
        return split;
    }

    public StringProperty statusProperty() {
        return ops.statusProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return ops.statusIsErrorProperty();
    }

    public BooleanBinding busyProperty() {
        return ops.runningProperty().greaterThan(0);
    }

    /** Shown: follows the window's round (a round imported from the build arrives here) and reads. */
    public void activate() {
        following = windowRound.subscribe(now -> {
            if (now != round.get()) {
                round.set(now);
                refresh();
            }
        });
        refresh();
    }

    public void deactivate() {
        following.unsubscribe();
        following = Subscription.EMPTY;
    }

    /** Reads screening and panels again; only the newest read is shown. */
    public void refresh() {
        long mine = ++generation;
        Round current = round.get();
        if (current == null) {
            screeningModel.apply(AgencySnapshot.NONE);
            split.apply(AgencySnapshot.NONE, false);
            return;
        }
        ops.read(p -> AgencySnapshot.read(rounds, screening, current), s -> {
            if (mine == generation) {
                screeningModel.apply(s);
                split.apply(s, true);
            }
        }, ops::fail);
    }
}
