package kr.tipa.eval.ui.agency;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.Views;
import kr.tipa.eval.ui.agency.BuildWizardViewModel.Step;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of AgencyBuild.fxml: the three steps of the round build (each its own view and FXML) one
 * at a time, where the wizard is, and the buttons that move it. Enter reads the inputs (it writes nothing);
 * building asks where to save first, and Escape cancels a build under way.
 */
public final class BuildWizardView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final BuildWizardViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private Node inputs;
    private Node preview;
    private Node write;

    @FXML
    private Label stepInputs;
    @FXML
    private Label stepPreview;
    @FXML
    private Label stepWrite;
    @FXML
    private StackPane steps;
    @FXML
    private Button backButton;
    @FXML
    private Button rereadButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button buildButton;

    BuildWizardView(BuildWizardViewModel model, FilePrompts files) {
        this.model = model;
        this.messages = model.messages();
        this.files = files;
    }

    @FXML
    void initialize() {
        var bundle = messages.resourceBundle();
        inputs = Views.load("AgencyBuildInputs", new BuildInputsView(model, files), bundle);
        preview = Views.load("AgencyBuildPreview", new BuildPreviewView(model), bundle);
        write = Views.load("AgencyBuildResult", new BuildResultView(model), bundle);
        steps.getChildren().setAll(inputs, preview, write);
        backButton.disableProperty().bind(model.canGoBackProperty().not());
        nextButton.disableProperty().bind(model.canPreviewProperty().not());
        rereadButton.disableProperty().bind(model.canPreviewProperty().not());
        buildButton.disableProperty().bind(model.canBuildProperty().not());
        model.stepProperty().subscribe(this::show);
    }

    private void show(Step step) {
        inputs.setVisible(step == Step.INPUTS);
        preview.setVisible(step == Step.PREVIEW);
        write.setVisible(step == Step.WRITE);
        // Only the step's own buttons are there, so that Tab never lands on one that does not apply.
        visible(nextButton, step == Step.INPUTS);
        visible(rereadButton, step == Step.PREVIEW);
        visible(buildButton, step == Step.PREVIEW);
        visible(backButton, step != Step.INPUTS);
        nextButton.setDefaultButton(step == Step.INPUTS);
        mark(stepInputs, step, Step.INPUTS);
        mark(stepPreview, step, Step.PREVIEW);
        mark(stepWrite, step, Step.WRITE);
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void mark(Label label, Step now, Step of) {
        label.pseudoClassStateChanged(CURRENT, now == of);
        label.pseudoClassStateChanged(DONE, now.ordinal() > of.ordinal());
    }

    @FXML
    void back() {
        model.back();
    }

    @FXML
    void preview() {
        model.preview();
    }

    @FXML
    void build() {
        files.save(FilePrompts.Request.save(messages.get("agency.build.choose"), model.suggestedName(),
                new FilePrompts.Filter(messages.get("import.filter"), java.util.List.of("*.tbundle"))))
                .ifPresent(model::build);
    }
}
