package kr.tipa.eval.ui.firstrun;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.util.Duration;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.validation.FieldChecks;

/** Thin controller of Unlock.fxml: the password, with a countdown while a repeated miss makes it wait. */
public final class UnlockView {

    private final UnlockViewModel model;
    private final Messages messages;
    private final IntegerProperty countdown = new SimpleIntegerProperty();
    private final FieldChecks checks = new FieldChecks();
    private Timeline timer;

    @FXML
    private Label titleLabel;
    @FXML
    private Label textLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label errorLabel;
    @FXML
    private Button unlockButton;

    private final Runnable whileUnlocking;

    public UnlockView(UnlockViewModel model, Messages messages) {
        this(model, messages, () -> { });
    }

    /** @param whileUnlocking runs on this thread once the password is handed to the worker */
    public UnlockView(UnlockViewModel model, Messages messages, Runnable whileUnlocking) {
        this.model = model;
        this.messages = messages;
        this.whileUnlocking = whileUnlocking;
    }

    @FXML
    void initialize() {
        titleLabel.setText(model.title());
        textLabel.setText(model.text());
        unlockButton.disableProperty().bind(passwordField.textProperty().isEmpty().or(countdown.greaterThan(0)));
        // Both listen to this screen's own view model, which goes with the screen.
        model.errorProperty().addListener((o, was, now) -> errorLabel.setText(now));
        model.retryAfterProperty().addListener((o, was, now) -> startCountdown(now.intValue()));
        // The miss marks the (emptied) field too, with the same words.
        checks.watch(passwordField, true, model.errorProperty());
        Platform.runLater(passwordField::requestFocus);
    }

    /** Stops the countdown when the screen is left. */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    private void startCountdown(int seconds) {
        stop();
        countdown.set(seconds);
        if (seconds <= 0) {
            return;
        }
        String error = model.errorProperty().get();
        timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            countdown.set(countdown.get() - 1);
            errorLabel.setText(countdown.get() > 0 ? error + " " + messages.get("unlock.wait", countdown.get()) : error);
        }));
        timer.setCycleCount(seconds);
        timer.play();
        errorLabel.setText(error + " " + messages.get("unlock.wait", seconds));
    }

    @FXML
    void unlock() {
        char[] typed = passwordField.getText().toCharArray();
        passwordField.clear();
        model.unlock(typed);
        whileUnlocking.run();
    }
}
