package kr.tipa.eval.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;

/** The main window: the menu and, below it, the workspace. */
public final class MainWindow {

    private final AppContext context;
    private final Runnable onClosed;

    public MainWindow(AppContext context, boolean demo, Runnable onClosed) {
        this.context = context;
        this.onClosed = onClosed;
    }

    public void show() {
        Stage stage = new Stage();
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/MainWindow.fxml"),
                context.messages().resourceBundle());
        loader.setControllerFactory(type -> new MainWindowView(stage));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/app.css").toExternalForm());
        stage.setTitle(context.messages().get("app.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> onClosed.run());
        stage.show();
    }
}
