package kr.tipa.eval.ui.validation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.AbstractValidationDecoration;

/**
 * The look of a refused field, drawn by the theme (styles/controlsfx.css) instead of ControlsFX's own
 * images and inline colours: a round mark on the field's lower left corner carrying the reason as its
 * tooltip, a style class on the field itself, and a small corner on fields the form requires.
 */
final class FieldDecoration extends AbstractValidationDecoration {

    /** The round mark; with {@code validation-mark-error} or {@code -warning} beside it. */
    static final String MARK = "validation-mark";
    /** Put on the field while it carries a message, with the severity: {@code validation-error}. */
    static final String FIELD = "validation-";
    static final String TOOLTIP = "validation-tooltip";
    static final String REQUIRED = "validation-required";

    @Override
    protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
        String severity = message.getSeverity().name().toLowerCase(Locale.ROOT);
        Label mark = new Label("!");
        mark.getStyleClass().addAll(MARK, MARK + "-" + severity);
        Tooltip reason = new Tooltip(message.getText());
        reason.getStyleClass().addAll(TOOLTIP, TOOLTIP + "-" + severity);
        reason.setWrapText(true);
        reason.setMaxWidth(380);
        mark.setTooltip(reason);
        return List.of(new GraphicDecoration(mark, Pos.BOTTOM_LEFT), new StyleClassDecoration(FIELD + severity));
    }

    @Override
    protected Collection<Decoration> createRequiredDecorations(Control target) {
        Region corner = new Region();
        corner.getStyleClass().add(REQUIRED);
        // Half the corner's 8 px inwards, so that it sits inside the field's own corner.
        return List.of(new GraphicDecoration(corner, Pos.TOP_LEFT, 4, 4));
    }
}
