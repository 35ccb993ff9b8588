package kr.tipa.eval.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.security.SecretUnavailableException;

/**
 * The window's password: remembered for the session once given (at the profile, or when first
 * needed). Background work that needs it waits while the FX thread asks the user.
 */
public final class WindowSecrets implements SecretSource {

    private final Messages messages;
    private char[] remembered;

    public WindowSecrets(Messages messages) {
        this.messages = messages;
    }

    public synchronized void remember(char[] secret) {
        if (remembered != null) {
            Arrays.fill(remembered, '\0');
        }
        remembered = secret.clone();
    }

    public synchronized void forget() {
        if (remembered != null) {
            Arrays.fill(remembered, '\0');
            remembered = null;
        }
    }

    /** Whether {@code typed} is the remembered password (to unlock after idling), compared in constant time. */
    public synchronized boolean matches(char[] typed) {
        if (remembered == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(new String(remembered).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(typed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public synchronized boolean known() {
        return remembered != null;
    }

    @Override
    public char[] secret() {
        synchronized (this) {
            if (remembered != null) {
                return remembered.clone();
            }
        }
        Optional<char[]> typed;
        if (Platform.isFxApplicationThread()) {
            typed = ask();
        } else {
            CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
            Platform.runLater(() -> answer.complete(ask()));
            try {
                typed = answer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SecretUnavailableException();
            } catch (ExecutionException e) {
                throw new SecretUnavailableException();
            }
        }
        char[] secret = typed.orElseThrow(SecretUnavailableException::new);
        remember(secret);
        return secret;
    }

    private Optional<char[]> ask() {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(messages.get("password.title"));
        dialog.setHeaderText(messages.get("password.header"));
        PasswordField field = new PasswordField();
        field.setId("password-field");
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("password.label")), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
