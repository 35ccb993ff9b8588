package kr.tipa.eval.ui.agency;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Subscription;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.ui.Desk;
import kr.tipa.eval.ui.DeskKeys;
import kr.tipa.eval.ui.Screen;
import kr.tipa.eval.ui.Views;
import kr.tipa.eval.ui.chair.ChairDialogs;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of Agency.fxml, the agency's desk (전담기관): four tabs (회차 만들기, 자격 요건검토, 분과 패키지,
 * 분과 결과), the first three their own views and FXML over one {@link AgencyViewModel}, the fourth the panels'
 * signed results gathered into the round's result ({@link kr.tipa.eval.ui.panels.PanelsView}, made for the round
 * held and made again when it changes). Shortcut+1…4 choose a tab and F5 reads again; those keys are on the
 * scene only while the desk is active.
 */
public final class AgencyView implements Desk {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final AgencyViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private final DeskKeys keys;
    private final Function<Round, Screen> results;
    private Screen shownResults;
    private Parent loaded;
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML
    private BorderPane root;
    @FXML
    private Label titleLabel;
    @FXML
    private Label subtitleLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab buildTab;
    @FXML
    private Tab screeningTab;
    @FXML
    private Tab splitTab;
    @FXML
    private Tab resultsTab;
    @FXML
    private Label statusLabel;

    /** @param results the 분과 결과 tab's screen for a round (the panels' results and the merged ranking) */
    public AgencyView(AgencyViewModel model, FilePrompts files, Function<Round, Screen> results) {
        this.model = model;
        this.messages = model.messages();
        this.files = files;
        this.results = results;
        this.keys = DeskKeys.tabs(4, this::select, this::refresh);
    }

    @Override
    public Parent node() {
        if (loaded == null) {
            loaded = Views.load("Agency", this, messages.resourceBundle());
        }
        return loaded;
    }

    public AgencyViewModel model() {
        return model;
    }

    @FXML
    void initialize() {
        statusLabel.textProperty().bind(model.statusProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        var bundle = messages.resourceBundle();
        ChairDialogs dialogs = new ChairDialogs(messages);
        buildTab.setContent(Views.load("AgencyBuild", new BuildWizardView(model.build(), files), bundle));
        screeningTab.setContent(Views.load("AgencyScreening", new ScreeningDeskView(model.screening(), dialogs,
                this::window), bundle));
        splitTab.setContent(Views.load("AgencySplit", new SplitView(model.split(), files), bundle));
    }

    /** Shown: the keys go on whichever scene the desk is in, the title follows the round, and it reads. */
    @Override
    public void activate() {
        node();
        subscriptions = Subscription.combine(
                keys.follow(root.sceneProperty()),
                model.statusIsErrorProperty().subscribe(error -> statusLabel.pseudoClassStateChanged(ERROR, error)),
                model.roundProperty().subscribe(this::title));
        model.activate();
        if (model.roundProperty().get() != null) {
            select(1);
        }
    }

    /** Left: the scene and the window's round (which outlive the desk) keep nothing of it. */
    @Override
    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        model.deactivate();
        results(null);
    }

    /** The 분과 결과 tab shows the round held; a round that changes gets a screen of its own. */
    private void results(Round round) {
        if (shownResults != null) {
            shownResults.deactivate();
            shownResults = null;
        }
        if (round == null) {
            Label none = new Label(messages.get("agency.results.none"));
            none.getStyleClass().add("hint");
            resultsTab.setContent(none);
            return;
        }
        shownResults = results.apply(round);
        resultsTab.setContent(shownResults.node());
        shownResults.activate();
    }

    private void title(Round round) {
        results(round);
        if (round == null) {
            titleLabel.setText(messages.get("agency.title.none"));
            subtitleLabel.setText(messages.get("agency.subtitle.none"));
            return;
        }
        var program = round.program();
        titleLabel.setText(messages.get("agency.title", program.name()));
        subtitleLabel.setText(messages.get("agency.subtitle", program.code(), round.versionNo(),
                Decimals.plain(program.cutoff()), program.capacity()));
    }

    /** Shows tab {@code index} (0 회차 만들기, 1 자격 요건검토, 2 분과 패키지, 3 분과 결과) with the keyboard in it. */
    public void select(int index) {
        List<Tab> all = tabs.getTabs();
        if (index < 0 || index >= all.size()) {
            return;
        }
        tabs.getSelectionModel().select(index);
        Node content = all.get(index).getContent();
        Node first = content == null ? null : content.lookup(index == 0 ? ".agency-first" : ".table-view");
        if (first != null) {
            Platform.runLater(first::requestFocus);
        }
    }

    @FXML
    void refresh() {
        model.refresh();
        if (shownResults != null) {
            // a screen is activated once: reading the panels' results again is a fresh screen of the round
            results(model.roundProperty().get());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
