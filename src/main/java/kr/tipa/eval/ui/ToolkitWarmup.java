package kr.tipa.eval.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * While the key is derived from the password (a third of a second and more, on a worker, on purpose),
 * this thread has nothing to draw: it lays out, off screen, the kinds of controls the workspace is made
 * of, with the application's style sheet, so that their classes, skins and style lookups are ready when
 * the workspace is built. Nothing of it is kept.
 */
final class ToolkitWarmup implements Runnable {

    private static final int ROWS = 40;

    private final String styleSheet;

    ToolkitWarmup(String styleSheet) {
        this.styleSheet = styleSheet;
    }

    @Override
    public void run() {
        TableView<Integer> table = new TableView<>();
        for (int c = 0; c < 5; c++) {
            TableColumn<Integer, String> column = new TableColumn<>("열 " + c);
            int k = c;
            column.setCellValueFactory(v -> new ReadOnlyStringWrapper("가나다 " + v.getValue() + "-" + k));
            table.getColumns().add(column);
        }
        for (int r = 0; r < ROWS; r++) {
            table.getItems().add(r);
        }
        table.getSelectionModel().selectFirst();
        GridPane form = new GridPane();
        for (int r = 0; r < 10; r++) {
            form.addRow(r, new Label("지표 " + r), new TextField("5"), new Label("/ 10"), new TextField(""));
        }
        TabPane tabs = new TabPane(new Tab("온라인", new VBox(new Label("참가계획서"), new TextArea("수출계획 본문"))),
                new Tab("참가계획서.pdf"));
        tabs.getStyleClass().add("plan-pane");
        ScrollPane scroll = new ScrollPane(new VBox(new HBox(new Label("평가표"), new Label("작성 중")), form));
        scroll.getStyleClass().add("form-pane");
        VBox list = new VBox(new HBox(new TextField(), new ComboBox<String>()), table, new Label("0/40"));
        list.getStyleClass().add("list-pane");
        HBox root = new HBox(list, tabs, scroll);
        root.getStyleClass().add("workspace");
        Scene scene = new Scene(root, 1360, 860);
        scene.getStylesheets().add(styleSheet);
        root.applyCss();
        root.layout();
    }
}
