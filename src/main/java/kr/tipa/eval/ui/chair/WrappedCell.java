package kr.tipa.eval.ui.chair;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at the column's width and makes its row as tall as it needs (a cell's own
 * wrapText does not grow the row). Style classes from {@code styles} go on the text, coloured by -fx-fill.
 */
final class WrappedCell<S, T> extends TableCell<S, T> {

    private static final double PADDING = 10;

    private final Text text = new Text();
    private final Function<T, String> words;
    private final Function<T, List<String>> styles;

    WrappedCell(Function<T, String> words, Function<T, List<String>> styles) {
        this.words = words;
        this.styles = styles;
        text.getStyleClass().add("chair-wrap");
        tableColumnProperty().addListener((o, was, column) -> {
            if (column != null) {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            }
        });
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        text.getStyleClass().setAll("chair-wrap");
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String shown = words.apply(item);
        text.setText(shown);
        text.getStyleClass().addAll(styles.apply(item));
        setGraphic(text);
        setTooltip(shown.isEmpty() ? null : new Tooltip(shown));
    }
}
