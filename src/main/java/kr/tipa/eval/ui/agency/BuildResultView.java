package kr.tipa.eval.ui.agency;

import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import kr.tipa.eval.authoring.BuildReport;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.agency.BuildWizardViewModel.WriteState;

/**
 * Thin controller of AgencyBuildResult.fxml: the signed round being written (progress, and cancel, also by
 * Escape), or what was written — the file, what it holds, the agency fingerprint to read out on the phone —
 * with the import into this database.
 */
public final class BuildResultView {

    private final BuildWizardViewModel model;
    private final Messages messages;

    @FXML
    private VBox writingBox;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private Button cancelButton;
    @FXML
    private VBox cancelledBox;
    @FXML
    private VBox failedBox;
    @FXML
    private Label failedLabel;
    @FXML
    private VBox writtenBox;
    @FXML
    private TextField fileField;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label panelsLabel;
    @FXML
    private TextField fingerprintField;
    @FXML
    private Label shortLabel;
    @FXML
    private Label signerLabel;
    @FXML
    private Button importButton;
    @FXML
    private Label importedLabel;

    BuildResultView(BuildWizardViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    void initialize() {
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        // Escape cancels only while a build is under way.
        cancelButton.disableProperty().bind(model.writingProperty().not());
        importButton.disableProperty().bind(model.canImportProperty().not());
        model.writeStateProperty().subscribe(this::show);
        model.reportProperty().subscribe(this::report);
        model.importedProperty().subscribe(done -> importedLabel.setText(done
                ? messages.get("agency.build.imported") : ""));
    }

    private void show(WriteState state) {
        shown(writingBox, state == WriteState.WRITING);
        shown(cancelledBox, state == WriteState.CANCELLED);
        shown(failedBox, state == WriteState.FAILED);
        shown(writtenBox, state == WriteState.WRITTEN);
        failedLabel.setText(state == WriteState.FAILED ? messages.get("agency.build.failed.hint") : "");
        Node focus = state == WriteState.WRITING ? cancelButton : state == WriteState.WRITTEN ? importButton : null;
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
    }

    private static void shown(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    private void report(BuildReport report) {
        if (report == null) {
            fileField.setText("");
            summaryLabel.setText("");
            panelsLabel.setText("");
            fingerprintField.setText("");
            shortLabel.setText("");
            signerLabel.setText("");
            return;
        }
        fileField.setText(report.bundle().toString());
        summaryLabel.setText(messages.get("agency.build.summary", report.programCode(), report.bundleId(),
                report.applications(), report.documents(), Sizes.of(report.bytes()),
                report.setup().panels().size(), report.setup().conflicts().size(),
                messages.get(report.setup().blind() ? "cli.round.build.blind" : "cli.round.build.open")));
        panelsLabel.setText(report.setup().panels().stream().map(this::panel).collect(Collectors.joining("\n")));
        fingerprintField.setText(report.agencyFingerprint());
        shortLabel.setText(model.fingerprintShort());
        signerLabel.setText(messages.get("agency.build.signer", report.agencySigner()));
    }

    private String panel(Panel panel) {
        return messages.get("cli.round.build.panel", panel.id(), panel.name(), panel.members().size(),
                panel.chair().map(RosterMember::name).orElse("-"), panel.receiptNos().size()).strip();
    }

    @FXML
    void cancel() {
        model.cancel();
    }

    @FXML
    void importBuilt() {
        model.importBuilt();
    }
}
