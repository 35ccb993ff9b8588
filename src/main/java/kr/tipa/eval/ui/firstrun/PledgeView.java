package kr.tipa.eval.ui.firstrun;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** Thin controller of Pledge.fxml: 보안·청렴 서약, accepted for the round before any plan opens. */
public final class PledgeView {

    private final PledgeViewModel model;

    @FXML
    private Label titleLabel;
    @FXML
    private TextArea pledgeText;
    @FXML
    private CheckBox agreeBox;
    @FXML
    private Button acceptButton;

    public PledgeView(PledgeViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        titleLabel.setText(model.title());
        pledgeText.setText(model.text());
        acceptButton.disableProperty().bind(agreeBox.selectedProperty().not());
        Platform.runLater(agreeBox::requestFocus);
    }

    @FXML
    void accept() {
        model.accept();
    }
}
