package kr.tipa.eval.ui.firstrun;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;

/** Asks for the password of the backup being restored (the file itself comes from the file prompts). */
@FunctionalInterface
public interface BackupPrompt {

    /** The password typed; empty when cancelled. */
    Optional<char[]> password(Window owner, Path file);

    /** The real dialog: a password field. */
    static BackupPrompt dialog(Messages messages) {
        return (owner, file) -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(messages.get("restore.title"));
            dialog.setHeaderText(messages.get("restore.password.header", String.valueOf(file.getFileName())));
            PasswordField field = new PasswordField();
            field.setId("restorePassword");
            dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("restore.password")), field));
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
            javafx.application.Platform.runLater(field::requestFocus);
            return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> field.getText().toCharArray());
        };
    }
}
