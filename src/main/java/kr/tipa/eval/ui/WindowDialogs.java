package kr.tipa.eval.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;

/** The main window's message boxes: an outcome with its details, and the question before a new version. */
final class WindowDialogs {

    private final Window owner;
    private final Messages messages;

    WindowDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** Shows {@code details} (when any) in a scrollable, copyable area under the header. */
    void details(Alert.AlertType type, String title, String header, String details) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(10);
            alert.getDialogPane().setContent(area);
        }
        alert.setResizable(true);
        alert.show();
    }

    /** The bundle holds a round already imported: import it as a new version? */
    boolean confirmNewVersion(String message) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, message + "\n\n"
                + messages.get("import.newVersion.question"), ButtonType.YES, ButtonType.NO);
        ask.setTitle(messages.get("import.newVersion.title"));
        ask.setHeaderText(null);
        ask.initOwner(owner);
        return ask.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }
}
