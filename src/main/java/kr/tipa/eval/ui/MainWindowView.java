package kr.tipa.eval.ui;

import javafx.fxml.FXML;
import javafx.stage.Stage;

/** Thin controller of MainWindow.fxml: menu handlers delegate. */
public final class MainWindowView {

    private final Stage stage;

    public MainWindowView(Stage stage) {
        this.stage = stage;
    }

    @FXML
    void quit() {
        stage.close();
    }
}
