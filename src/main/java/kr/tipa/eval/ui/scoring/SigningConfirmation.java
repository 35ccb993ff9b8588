package kr.tipa.eval.ui.scoring;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;

/**
 * Asks once before a sheet is signed (제출) or a signed one is reopened (수정본): the application, the
 * total, the version and what follows. A form can be given other answers (a test, a script).
 */
public interface SigningConfirmation {

    /** Whether the evaluator agreed to what {@code question} asks. */
    boolean confirm(Window owner, SigningQuestion question);

    /**
     * The real dialog. Going back is its default and has the focus, so Enter or Escape alone signs
     * nothing: signing takes moving to the signing button (Tab) or clicking it.
     */
    static SigningConfirmation dialogs(Messages messages) {
        return (owner, q) -> {
            boolean submit = q.kind() == SigningQuestion.Kind.SUBMIT;
            String total = Decimals.plain(q.total());
            String max = Decimals.plain(q.maxTotal());
            ButtonType sign = new ButtonType(messages.get(submit ? "scoring.sign.confirm" : "scoring.correct.confirm"),
                    ButtonBar.ButtonData.OK_DONE);
            ButtonType back = new ButtonType(messages.get("scoring.sign.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", sign, back);
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.getDialogPane().setId("signing-dialog");
            alert.setTitle(messages.get(submit ? "scoring.sign.title" : "scoring.correct.title"));
            alert.setHeaderText(messages.get(submit ? "scoring.sign.header" : "scoring.correct.header",
                    q.receiptNo(), q.company()));
            alert.setContentText(!submit
                    ? messages.get("scoring.correct.text", total, max, q.version(), q.version() + 1)
                    : q.isCorrectionVersion()
                            ? messages.get("scoring.sign.text.correction", total, max, q.version(), q.version() - 1)
                            : messages.get("scoring.sign.text", total, max, q.version()));
            alert.setResizable(true);
            Button signButton = (Button) alert.getDialogPane().lookupButton(sign);
            Button backButton = (Button) alert.getDialogPane().lookupButton(back);
            signButton.setId("signConfirm");
            backButton.setId("signCancel");
            signButton.setDefaultButton(false);
            backButton.setDefaultButton(true);
            alert.setOnShown(e -> backButton.requestFocus());
            return alert.showAndWait().orElse(back) == sign;
        };
    }
}
