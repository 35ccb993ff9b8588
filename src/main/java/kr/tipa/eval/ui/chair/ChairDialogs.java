package kr.tipa.eval.ui.chair;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.signing.Fingerprint;

/**
 * The chair's dialogs: a written reason, a screening decision, a changed certificate, a certificate's
 * fingerprint to confirm, a list of blockers. The agency's desk decides screening with the same dialog.
 */
public final class ChairDialogs {

    /** A screening decision with its reason. */
    public record Decision(ScreeningStatus status, String reason) {
    }

    private final Messages messages;

    public ChairDialogs(Messages messages) {
        this.messages = messages;
    }

    /** Asks for a written reason; OK stays disabled while it is blank. */
    Optional<String> reason(Window owner, String title, String header, String label) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.getEditor().setPrefColumnCount(28);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
    }

    /** Asks whether the application is eligible, and why; nothing is chosen in advance. */
    public Optional<Decision> screening(Window owner, String header) {
        Dialog<Decision> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("chairui.override.title"));
        dialog.setHeaderText(header);
        ToggleGroup group = new ToggleGroup();
        RadioButton eligible = new RadioButton(messages.get("chairui.override.eligible"));
        RadioButton ineligible = new RadioButton(messages.get("chairui.override.ineligible"));
        eligible.setToggleGroup(group);
        ineligible.setToggleGroup(group);
        eligible.setUserData(ScreeningStatus.ELIGIBLE);
        ineligible.setUserData(ScreeningStatus.INELIGIBLE);
        TextField reason = new TextField();
        reason.setPromptText(messages.get("chairui.override.reason.prompt"));
        reason.setPrefColumnCount(30);
        VBox box = new VBox(8, eligible, ineligible, new Label(messages.get("chairui.override.reason")), reason);
        box.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(group.selectedToggleProperty().isNull().or(reason.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK && group.getSelectedToggle() != null
                ? new Decision((ScreeningStatus) group.getSelectedToggle().getUserData(), reason.getText().strip())
                : null);
        Platform.runLater(eligible::requestFocus);
        return dialog.showAndWait().filter(d -> !d.reason().isEmpty());
    }

    /** Shows both fingerprints in full and asks whether the new certificate is really the evaluator's. */
    boolean confirmRekey(Window owner, SheetImports.Rekey rekey) {
        ButtonType accept = new ButtonType(messages.get("chairui.rekey.accept"), ButtonBar.ButtonData.YES);
        ButtonType refuse = new ButtonType(messages.get("chairui.rekey.refuse"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", accept, refuse);
        alert.initOwner(owner);
        alert.setTitle(messages.get("chairui.rekey.title"));
        alert.setHeaderText(messages.get("chairui.rekey.header", rekey.evaluatorId(),
                String.valueOf(rekey.file().getFileName())));
        TextArea text = new TextArea(messages.get("chairui.rekey.text", shortForm(rekey.pinned()), rekey.pinned(),
                shortForm(rekey.presented()), rekey.presented()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(9);
        text.setPrefColumnCount(52);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        // Refusing is the default: a changed key is accepted only on purpose.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(accept)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(refuse)).setDefaultButton(true);
        return alert.showAndWait().orElse(refuse) == accept;
    }

    /**
     * Shows the fingerprint of a certificate taken on first import and asks whether the evaluator read the same
     * one out; not confirming is the default.
     */
    boolean confirmPin(Window owner, String evaluatorId, String name, String fingerprint) {
        ButtonType confirm = new ButtonType(messages.get("chairui.pin.dialog.confirm"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(messages.get("chairui.pin.dialog.cancel"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("chairui.pin.dialog.title"));
        alert.setHeaderText(messages.get("chairui.pin.dialog.header", evaluatorId, name));
        TextArea text = new TextArea(messages.get("chairui.pin.dialog.text", shortForm(fingerprint), fingerprint));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(11);
        text.setPrefColumnCount(52);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(cancel) == confirm;
    }

    /** A message with lines to read (and copy). */
    public void details(Window owner, Alert.AlertType type, String title, String header, List<String> lines) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (!lines.isEmpty()) {
            TextArea area = new TextArea(String.join("\n", lines));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, Math.max(3, lines.size() + 1)));
            area.setPrefColumnCount(60);
            alert.getDialogPane().setContent(area);
        }
        alert.setResizable(true);
        alert.show();
    }

    private static String shortForm(String fingerprint) {
        try {
            return new Fingerprint(fingerprint).shortForm();
        } catch (IllegalArgumentException e) {
            return fingerprint;
        }
    }
}
