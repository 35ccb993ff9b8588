package kr.tipa.eval.ui.firstrun;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;

/** Asks which backup file to restore and its password; tests answer without dialogs. */
public interface BackupPrompt {

    Optional<Path> file(Window owner);

    Optional<char[]> password(Window owner, Path file);

    /** The real dialogs: a file chooser, then a password field. */
    static BackupPrompt dialogs(Messages messages) {
        return new BackupPrompt() {
            @Override
            public Optional<Path> file(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("restore.choose"));
                var file = chooser.showOpenDialog(owner);
                return Optional.ofNullable(file).map(java.io.File::toPath);
            }

            @Override
            public Optional<char[]> password(Window owner, Path file) {
                Dialog<ButtonType> dialog = new Dialog<>();
                dialog.initOwner(owner);
                dialog.setTitle(messages.get("restore.title"));
                dialog.setHeaderText(messages.get("restore.password.header", String.valueOf(file.getFileName())));
                PasswordField field = new PasswordField();
                field.setId("restorePassword");
                dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("restore.password")), field));
                dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
                dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                        .bind(field.textProperty().isEmpty());
                javafx.application.Platform.runLater(field::requestFocus);
                return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> field.getText().toCharArray());
            }
        };
    }
}
