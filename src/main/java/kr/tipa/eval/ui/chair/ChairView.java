package kr.tipa.eval.ui.chair;

import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Subscription;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.ui.Desk;
import kr.tipa.eval.ui.DeskKeys;
import kr.tipa.eval.ui.DesktopNotices;
import kr.tipa.eval.ui.Views;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of Chair.fxml, the chair's desk: five tabs (패널 현황, 순위, 분포, 확정, 일치도), each its own
 * view and FXML, over one {@link ChairViewModel}. Shortcut+1…5 choose a tab, F5 reads everything again; those
 * keys are on the scene only while the desk is active.
 */
public final class ChairView implements Desk {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ChairViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private final ChairDialogs dialogs;
    private final DesktopNotices notices;
    private final DeskKeys keys;
    private Parent loaded;
    private Subscription sceneChanges = Subscription.EMPTY;

    @FXML
    private BorderPane root;
    @FXML
    private Label titleLabel;
    @FXML
    private Label subtitleLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button refreshButton;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab panelTab;
    @FXML
    private Tab rankingTab;
    @FXML
    private Tab distributionTab;
    @FXML
    private Tab finaliseTab;
    @FXML
    private Tab agreementTab;
    @FXML
    private Label statusLabel;

    public ChairView(ChairViewModel model, FilePrompts files) {
        this(model, files, DesktopNotices.none());
    }

    /** @param notices where imports and exports that end while the chair looks elsewhere are told */
    public ChairView(ChairViewModel model, FilePrompts files, DesktopNotices notices) {
        this.model = model;
        this.messages = model.messages();
        this.files = files;
        this.notices = notices;
        this.dialogs = new ChairDialogs(messages);
        this.keys = DeskKeys.tabs(5, this::select, model::refresh);
    }

    /** Chair.fxml with this controller, loaded once: what the main window shows instead of the workspace. */
    @Override
    public Parent node() {
        if (loaded == null) {
            loaded = Views.load("Chair", this, messages.resourceBundle());
        }
        return loaded;
    }

    public ChairViewModel model() {
        return model;
    }

    @FXML
    void initialize() {
        var program = model.round().program();
        titleLabel.setText(messages.get("chairui.title", program.name()));
        subtitleLabel.setText(messages.get("chairui.subtitle", program.code(), model.chairName(),
                kr.tipa.eval.model.Decimals.plain(program.cutoff()), program.capacity()));
        statusLabel.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, now) -> statusLabel.pseudoClassStateChanged(ERROR, now));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        var bundle = messages.resourceBundle();
        panelTab.setContent(Views.load("ChairPanel", new PanelView(model.panel(), messages, files, dialogs,
                this::window, notices), bundle));
        rankingTab.setContent(Views.load("ChairRanking", new RankingView(model.ranking(), messages, files, dialogs,
                this::window, notices), bundle));
        distributionTab.setContent(Views.load("ChairDistribution", new DistributionView(model.distribution(),
                messages), bundle));
        finaliseTab.setContent(Views.load("ChairFinalise", new FinaliseView(model.finalise(), messages, files,
                dialogs, this::window, notices), bundle));
        agreementTab.setContent(Views.load("ChairAgreement", new AgreementView(model.agreement(), messages), bundle));
    }

    /** Shown: the keys go on whichever scene the desk is in, and everything is read. */
    @Override
    public void activate() {
        node();
        sceneChanges = keys.follow(root.sceneProperty());
        model.refresh();
    }

    /** Left: the scene (which outlives the desk) keeps none of its keys. */
    @Override
    public void deactivate() {
        sceneChanges.unsubscribe();
        sceneChanges = Subscription.EMPTY;
    }

    /** Shows tab {@code index} (0 패널 현황, 1 순위, 2 분포, 3 확정, 4 일치도) with the keyboard in its first table. */
    public void select(int index) {
        List<Tab> all = tabs.getTabs();
        if (index >= 0 && index < all.size()) {
            tabs.getSelectionModel().select(index);
            Node table = all.get(index).getContent() == null ? null : all.get(index).getContent().lookup(".table-view");
            if (table != null) {
                Platform.runLater(table::requestFocus);
            }
        }
    }

    @FXML
    void refresh() {
        model.refresh();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
