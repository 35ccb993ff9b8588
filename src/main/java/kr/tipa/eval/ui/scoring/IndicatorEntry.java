package kr.tipa.eval.ui.scoring;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.domain.rubric.Indicator;

/** One indicator's row of the form: what was typed, the accepted value, why a value was refused, the comment. */
public final class IndicatorEntry {

    private final Indicator indicator;
    private final String categoryId;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<BigDecimal> value = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");

    IndicatorEntry(Indicator indicator, String categoryId) {
        this.indicator = indicator;
        this.categoryId = categoryId;
    }

    public Indicator indicator() {
        return indicator;
    }

    public String categoryId() {
        return categoryId;
    }

    /** What the evaluator typed, valid or not. */
    public StringProperty textProperty() {
        return text;
    }

    /** The value as stored; null when not scored, and while the field holds a refused value. */
    public ObjectProperty<BigDecimal> valueProperty() {
        return value;
    }

    /** Why the typed text is refused; empty when it is fine. */
    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty commentProperty() {
        return comment;
    }
}
