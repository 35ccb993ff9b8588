package kr.tipa.eval.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (from the top-level fxml/ folder) with a controller built by its owner. */
public final class Views {

    private Views() {
    }

    public static Parent load(String name, Object controller, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource("/fxml/" + name + ".fxml"), bundle);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(name + ".fxml expects " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
