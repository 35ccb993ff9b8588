package kr.tipa.eval.ui.agency;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell whose whole text is on hover, for columns whose words run longer than the column. */
final class TipCell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? "" : text);
        setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
    }
}
