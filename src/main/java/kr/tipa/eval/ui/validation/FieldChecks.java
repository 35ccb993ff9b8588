package kr.tipa.eval.ui.validation;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * ControlsFX decorations on one form's fields, drawn from what the form's view model already says about each
 * field: its problem in words, empty while the field is fine. The rules stay in the view model (one copy,
 * tested without a screen); this only shows them, as a mark on the field's corner with the reason on hover.
 *
 * <p>ControlsFX checks a field on each change of its text, one pulse later, so the view model has judged the
 * keystroke by then; a problem that changes without a keystroke (a refusal arriving from the background, a
 * sheet loaded) checks the field again.
 */
public final class FieldChecks {

    private final ValidationSupport support = new ValidationSupport();

    /**
     * ControlsFX draws decorations on a pane that it slips in as the scene's root the first time anything in the
     * scene is decorated, taking the window's whole content out of the scene and back in mid-keystroke. Done
     * before the window shows, the root is the same from the first frame to the last.
     */
    public static void prepare(Scene scene) {
        StyleClassDecoration nothing = new StyleClassDecoration("decoration-pane-installed");
        Decorator.addDecoration(scene.getRoot(), nothing);
        Decorator.removeDecoration(scene.getRoot(), nothing);
    }

    public FieldChecks() {
        support.setValidationDecorator(new FieldDecoration());
    }

    /**
     * Shows {@code problem} on {@code field} while it is not empty.
     *
     * @param required marks the field as one the form cannot do without (a corner mark, always shown)
     */
    public void watch(Control field, boolean required, ObservableStringValue problem) {
        support.registerValidator(field, required, (Control c, Object value) -> ValidationResult.fromErrorIf(c,
                problem.get(), !problem.get().isEmpty()));
        problem.addListener((o, was, now) -> support.revalidate(field));
    }

    /** The reason the field's decoration gives, empty when it carries none. */
    public String shown(Control field) {
        return support.getHighestMessage(field).map(ValidationMessage::getText).orElse("");
    }

    public ValidationSupport support() {
        return support;
    }
}
