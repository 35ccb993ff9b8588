package kr.tipa.eval.ui.certificates;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.SigningCertificates.Choice;
import kr.tipa.eval.service.SigningCertificates.Location;
import kr.tipa.eval.service.SigningCertificates.Status;

/**
 * Thin controller of CertificatePicker.fxml: a button per place (하드디스크, 이동식디스크), the certificates there
 * (one that cannot sign is greyed, its 만료일 saying why), the password and its message. The window closes
 * once the certificate is taken, or on 취소.
 */
public final class CertificatePickerView {

    static final String UNUSABLE = "certpicker-unusable";

    private final CertificatePickerViewModel model;
    private final Messages messages;
    private final ToggleGroup places = new ToggleGroup();

    @FXML
    private Label currentLabel;
    @FXML
    private HBox locationButtons;
    @FXML
    private Label locationPath;
    @FXML
    private TableView<Choice> table;
    @FXML
    private TableColumn<Choice, String> userColumn;
    @FXML
    private TableColumn<Choice, Choice> expiryColumn;
    @FXML
    private TableColumn<Choice, String> issuerColumn;
    @FXML
    private Label detailLabel;
    @FXML
    private Label noticeLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label errorLabel;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button confirmButton;
    @FXML
    private Button cancelButton;

    public CertificatePickerView(CertificatePickerViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        show(currentLabel, model.currentProperty().get());
        model.currentProperty().addListener((o, was, now) -> show(currentLabel, now));
        show(noticeLabel, model.noticeProperty().get());
        model.noticeProperty().addListener((o, was, now) -> show(noticeLabel, now));
        model.locations().addListener((ListChangeListener<Location>) c -> buttons());
        model.locationProperty().addListener((o, was, now) -> choose(now));
        places.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.locationProperty().set((Location) now.getUserData());
            } else if (model.locationProperty().get() != null) {
                // A place stays chosen: clicking its button again does not leave the list empty.
                choose(model.locationProperty().get());
            }
        });

        table.setItems(model.certificates());
        table.setPlaceholder(new Label(messages.get("certpicker.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(UNUSABLE);
                if (!empty && item != null && !item.usable()) {
                    getStyleClass().add(UNUSABLE);
                }
            }
        });
        userColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary().commonName()));
        issuerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary().issuerName()));
        expiryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        expiryColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : expiry(item));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> selected(now));

        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        busy.visibleProperty().bind(model.importingProperty().or(model.loadingProperty()));
        confirmButton.disableProperty().bind(model.canConfirmProperty().not());
        model.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                passwordField.requestFocus();
            }
            resize();
        });
        // What was found, the certificate in use and any message take lines of their own: the window grows
        // to show them rather than squeezing the list or cutting off the buttons.
        model.loadingProperty().addListener((o, was, now) -> resize());
        model.finishedProperty().addListener((o, was, now) -> {
            if (now) {
                close();
            }
        });
        buttons();
        choose(model.locationProperty().get());
        Platform.runLater(passwordField::requestFocus);
    }

    /** 2021-01-01 (만료), 2099-01-01 (유효기간 전), or the day alone. */
    private String expiry(Choice item) {
        String day = CertificatePickerViewModel.day(item.summary().notAfter());
        return item.status() == Status.USABLE ? day
                : messages.get("certpicker.expiry." + item.status().name(), day);
    }

    private void buttons() {
        locationButtons.getChildren().clear();
        places.getToggles().clear();
        int n = 0;
        for (Location location : model.locations()) {
            ToggleButton button = new ToggleButton(messages.get("certpicker.kind." + location.place().kind().name(),
                    location.certificates().size()));
            button.setId("location-" + n++);
            button.setUserData(location);
            button.setToggleGroup(places);
            button.setTooltip(new Tooltip(location.place().folder().toString()));
            button.getStyleClass().add("certpicker-location");
            locationButtons.getChildren().add(button);
        }
        choose(model.locationProperty().get());
    }

    private void choose(Location location) {
        places.getToggles().stream().filter(t -> t.getUserData() == location).findFirst()
                .ifPresent(t -> t.setSelected(true));
        locationPath.setText(location == null ? "" : messages.get("certpicker.path", location.place().folder()));
    }

    private void selected(Choice choice) {
        if (choice == null) {
            table.getSelectionModel().clearSelection();
            detailLabel.setText("");
            return;
        }
        if (table.getSelectionModel().getSelectedItem() != choice) {
            table.getSelectionModel().select(choice);
        }
        detailLabel.setText(messages.get("certpicker.detail", choice.summary().subject(), choice.summary().issuerName(),
                choice.summary().fingerprint().shortForm()));
    }

    private void resize() {
        Platform.runLater(() -> {
            if (errorLabel.getScene() != null && errorLabel.getScene().getWindow() != null) {
                errorLabel.getScene().getWindow().sizeToScene();
            }
        });
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    @FXML
    void confirm() {
        model.confirm();
    }

    @FXML
    void cancel() {
        close();
    }

    private void close() {
        if (cancelButton.getScene() != null && cancelButton.getScene().getWindow() != null) {
            cancelButton.getScene().getWindow().hide();
        }
    }
}
