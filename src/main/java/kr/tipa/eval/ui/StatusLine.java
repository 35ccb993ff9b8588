package kr.tipa.eval.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The window's status line: what the last background job said (reading a bundle, backing up, restoring). */
public final class StatusLine {

    private final StringProperty text = new SimpleStringProperty("");

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public void say(String words) {
        text.set(words);
    }

    public void clear() {
        text.set("");
    }
}
