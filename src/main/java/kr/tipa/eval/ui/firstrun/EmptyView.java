package kr.tipa.eval.ui.firstrun;

import javafx.fxml.FXML;

/** No round yet: import a bundle, or open the demo round. */
public final class EmptyView {

    private final Runnable importBundle;
    private final Runnable importDemo;

    public EmptyView(Runnable importBundle, Runnable importDemo) {
        this.importBundle = importBundle;
        this.importDemo = importDemo;
    }

    @FXML
    void importBundle() {
        importBundle.run();
    }

    @FXML
    void importDemo() {
        importDemo.run();
    }
}
