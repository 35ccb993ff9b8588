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
import kr.tipa.eval.ui.MainWindowViewModel;

/** The password at start (encrypted data folder) and after idling; repeated misses wait longer each time. */
public final class UnlockView {

    private final MainWindowViewModel model;
    private final Messages messages;
    private final boolean idle;
    private final IntegerProperty countdown = new SimpleIntegerProperty();
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

    public UnlockView(MainWindowViewModel model, boolean idle) {
        this.model = model;
        this.messages = model.context().messages();
        this.idle = idle;
    }

    @FXML
    void initialize() {
        titleLabel.setText(messages.get(idle ? "unlock.idle.title" : "unlock.title"));
        textLabel.setText(messages.get(idle ? "unlock.idle.text" : "unlock.text", model.context().dataFolder()));
        unlockButton.disableProperty().bind(passwordField.textProperty().isEmpty().or(countdown.greaterThan(0)));
        model.unlockErrorProperty().addListener((o, was, now) -> errorLabel.setText(now));
        model.retryAfterProperty().addListener((o, was, now) -> startCountdown(now.intValue()));
        Platform.runLater(passwordField::requestFocus);
    }

    private void startCountdown(int seconds) {
        if (timer != null) {
            timer.stop();
        }
        countdown.set(seconds);
        if (seconds <= 0) {
            return;
        }
        String error = model.unlockErrorProperty().get();
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
    }
}
