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
    private Label errorLabel;
    @FXML
    private Button saveButton;

    public ProfileView(MainWindowViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        saveButton.disableProperty().bind(nameField.textProperty().isEmpty().or(idField.textProperty().isEmpty()));
        Platform.runLater(nameField::requestFocus);
    }

    @FXML
    void save() {
        errorLabel.setText("");
        model.createProfile(idField.getText().strip(), nameField.getText(), affiliationField.getText(),
                errorLabel::setText);
    }
}
