package kr.tipa.eval.ui.firstrun;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.PledgeText;
import kr.tipa.eval.ui.MainWindowViewModel;

/** 보안·청렴 서약, accepted for the round before any plan opens. */
public final class PledgeView {

    private final MainWindowViewModel model;
    private final Messages messages;

    @FXML
    private Label titleLabel;
    @FXML
    private TextArea pledgeText;
    @FXML
    private CheckBox agreeBox;
    @FXML
    private Button acceptButton;

    public PledgeView(MainWindowViewModel model) {
        this.model = model;
        this.messages = model.context().messages();
    }

    @FXML
    void initialize() {
        var round = model.roundProperty().get();
        var me = model.selfProperty().get();
        titleLabel.setText(messages.get("pledge.title", round.program().name()));
        pledgeText.setText(text(me.evaluator().name(), round.program().name()));
        acceptButton.disableProperty().bind(agreeBox.selectedProperty().not());
        Platform.runLater(agreeBox::requestFocus);
    }

    /** The pledge as recorded: the text the evaluator agreed to, with their name and the round. */
    String text(String name, String program) {
        return PledgeText.of(messages, name, program);
    }

    @FXML
    void accept() {
        var round = model.roundProperty().get();
        var me = model.selfProperty().get();
        model.acceptPledge(text(me.evaluator().name(), round.program().name()));
    }
}
