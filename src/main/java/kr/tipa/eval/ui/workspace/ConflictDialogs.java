package kr.tipa.eval.ui.workspace;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;

/** The conflict prompt as dialogs over the window: a reason that must not be empty, a refusal as a warning. */
public final class ConflictDialogs implements ConflictPrompt {

    private final Messages messages;
    private final Supplier<Window> owner;

    public ConflictDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<String> reason(String receiptNo, String company) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("conflict.title"));
        dialog.setHeaderText(messages.get("conflict.header", receiptNo, company));
        dialog.setContentText(messages.get("conflict.reason"));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().filter(r -> !r.isBlank());
    }

    @Override
    public void refused(String why) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("conflict.title"));
        alert.setHeaderText(why);
        alert.show();
    }
}
