package kr.tipa.eval.ui.firstrun;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import kr.tipa.eval.ui.MainWindowViewModel;

/** First run: who is scoring on this laptop (name, affiliation, the id the chair knows them by). */
public final class ProfileView {

    private final MainWindowViewModel model;

    @FXML
    private TextField nameField;
    @FXML
    private TextField affiliationField;
    @FXML
    private TextField idField;
    @FXML
    private javafx.scene.control.PasswordField passwordField;
    @FXML
    private javafx.scene.control.PasswordField confirmField;
    @FXML
    private Label errorLabel;
    @FXML
    private Button saveButton;

    @FXML
    private Button restoreButton;

    private final BackupPrompt backups;

    public ProfileView(MainWindowViewModel model, BackupPrompt backups) {
        this.model = model;
        this.backups = backups;
    }

    @FXML
    void initialize() {
        saveButton.disableProperty().bind(nameField.textProperty().isEmpty().or(idField.textProperty().isEmpty())
                .or(passwordField.textProperty().length().lessThan(MIN_PASSWORD)));
        Platform.runLater(nameField::requestFocus);
    }

    /** Long enough to resist guessing once the files are encrypted with it. */
    static final int MIN_PASSWORD = 8;

    @FXML
    void save() {
        errorLabel.setText("");
        if (!passwordField.getText().equals(confirmField.getText())) {
            errorLabel.setText(model.context().messages().get("profile.password.mismatch"));
            return;
        }
        model.createProfile(idField.getText().strip(), nameField.getText(), affiliationField.getText(),
                passwordField.getText().toCharArray(), errorLabel::setText);
    }

    /** A new laptop: the data folder from a backup instead of a new profile. */
    @FXML
    void restore() {
        errorLabel.setText("");
        var owner = restoreButton.getScene().getWindow();
        backups.file(owner).ifPresent(file -> backups.password(owner, file).ifPresent(password -> {
            restoreButton.setDisable(true);
            model.restore(file, password, refused -> {
                restoreButton.setDisable(false);
                errorLabel.setText(refused);
            });
            java.util.Arrays.fill(password, '\0');
        }));
    }
}
