package kr.tipa.eval.ui.firstrun;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.certificates.CertificatePickers;
import kr.tipa.eval.ui.files.FilePrompts;
import kr.tipa.eval.ui.validation.FieldChecks;

/**
 * Thin controller of Profile.fxml: a new profile — signing with a key made here, or with a 공동인증서 chosen in
 * the certificate picker — or the data folder restored from a backup.
 */
public final class ProfileView {

    private final ProfileViewModel model;
    private final RestoreViewModel restore;
    private final FilePrompts files;
    private final BackupPrompt backups;
    private final CertificatePickers pickers;
    private final Messages messages;
    private final FieldChecks checks = new FieldChecks();

    @FXML
    private TextField nameField;
    @FXML
    private TextField affiliationField;
    @FXML
    private TextField idField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField confirmField;
    @FXML
    private Label errorLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button restoreButton;
    @FXML
    private RadioButton newKeyRadio;
    @FXML
    private RadioButton certificateRadio;

    public ProfileView(ProfileViewModel model, RestoreViewModel restore, FilePrompts files, BackupPrompt backups,
            CertificatePickers pickers, Messages messages) {
        this.model = model;
        this.restore = restore;
        this.files = files;
        this.backups = backups;
        this.pickers = pickers;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        affiliationField.textProperty().bindBidirectional(model.affiliationProperty());
        idField.textProperty().bindBidirectional(model.idProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        confirmField.textProperty().bindBidirectional(model.confirmProperty());
        saveButton.disableProperty().bind(model.canSaveProperty().not().or(restore.restoringProperty()));
        certificateRadio.selectedProperty().bindBidirectional(model.withCertificateProperty());
        saveButton.textProperty().bind(Bindings.when(model.withCertificateProperty())
                .then(messages.get("profile.certificate.choose")).otherwise(messages.get("profile.save")));
        restoreButton.disableProperty().bind(restore.restoringProperty());
        // A refused restore, else a refused profile, else the first field the view model finds wrong (in words
        // under the form: the field's decoration only marks it).
        errorLabel.textProperty().bind(Bindings.createStringBinding(() -> java.util.stream.Stream.of(
                restore.errorProperty(), model.errorProperty(), model.nameProblemProperty(), model.idProblemProperty(),
                model.passwordProblemProperty(), model.confirmProblemProperty()).map(p -> p.get())
                .filter(text -> !text.isEmpty()).findFirst().orElse(""), model.errorProperty(), restore.errorProperty(),
                model.nameProblemProperty(), model.idProblemProperty(), model.passwordProblemProperty(),
                model.confirmProblemProperty()));
        // The view model's judgement of each field as a decoration; the affiliation may be left empty and has no rule.
        checks.watch(nameField, true, model.nameProblemProperty());
        checks.watch(idField, true, model.idProblemProperty());
        checks.watch(passwordField, true, model.passwordProblemProperty());
        checks.watch(confirmField, true, model.confirmProblemProperty());
        Platform.runLater(nameField::requestFocus);
    }

    @FXML
    void save() {
        restore.errorProperty().set("");
        if (!model.withCertificateProperty().get()) {
            model.save();
        } else if (model.readyForCertificate()) {
            pickers.open(saveButton.getScene().getWindow(), null, model::registerWith, taken -> model.registered());
        }
    }

    /** A new laptop: the data folder from a backup instead of a new profile. */
    @FXML
    void restore() {
        model.errorProperty().set("");
        restore.errorProperty().set("");
        var owner = restoreButton.getScene().getWindow();
        files.open(FilePrompts.Request.open(messages.get("restore.choose"))).ifPresent(file ->
                backups.password(owner, file).ifPresent(password -> {
                    restore.restore(file, password);
                    Arrays.fill(password, '\0');
                }));
    }
}
