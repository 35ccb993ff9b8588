package kr.tipa.eval.ui.plan;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.tipa.eval.i18n.Messages;

/** Shows one document: pages with paging and zoom, text, a picture, or why it cannot be shown. */
public final class DocumentView {

    private final DocumentViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane body = new StackPane();
    private final ImageView imageView = new ImageView();
    private final TextArea textArea = new TextArea();

    public DocumentView(DocumentViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("document-view");
        root.setTop(toolbar());
        root.setCenter(body);
        imageView.setPreserveRatio(true);
        imageView.imageProperty().bind(Bindings.createObjectBinding(() -> model.imageProperty().get() == null ? null
                : SwingFXUtils.toFXImage(model.imageProperty().get(), null), model.imageProperty()));
        textArea.setEditable(false);
        textArea.setWrapText(true);
        textArea.getStyleClass().add("document-text");
        textArea.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format("-fx-font-size: %.1fpx;", 14 * model.zoomProperty().get()), model.zoomProperty()));
        model.paragraphsProperty().addListener((o, was, now) -> textArea.setText(String.join("\n\n", now)));
        model.stateProperty().addListener((o, was, now) -> show(now));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.nextPage();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                model.previousPage();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS
                    || e.getCode() == KeyCode.ADD)) {
                model.zoomIn();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
                model.zoomOut();
            } else {
                return;
            }
            e.consume();
        });
        show(model.stateProperty().get());
    }

    public Node node() {
        return root;
    }

    private Node toolbar() {
        Button previous = new Button("◀");
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button("▶");
        next.setOnAction(e -> model.nextPage());
        Label page = new Label();
        page.textProperty().bind(Bindings.createStringBinding(() -> messages.get("viewer.ui.page",
                model.pageProperty().get() + 1, model.pageCountProperty().get()), model.pageProperty(),
                model.pageCountProperty()));
        HBox paging = new HBox(6, previous, page, next);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.visibleProperty().bind(model.stateProperty().isEqualTo(DocumentViewModel.State.PAGES));
        paging.managedProperty().bind(paging.visibleProperty());
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(e -> model.zoomIn());
        Label zoom = new Label();
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.zoomProperty().get() * 100) + "%", model.zoomProperty()));
        Button external = new Button(messages.get("document.openExternal"));
        external.setOnAction(e -> model.openExternally());
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.messageProperty());
        note.visibleProperty().bind(model.stateProperty().isNotEqualTo(DocumentViewModel.State.UNREADABLE));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, paging, zoomOut, zoom, zoomIn, note, gap, external);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("document-toolbar");
        return bar;
    }

    private void show(DocumentViewModel.State state) {
        Node content = switch (state) {
            case LOADING -> new ProgressIndicator();
            case PAGES, IMAGE -> {
                StackPane centred = new StackPane(imageView);
                centred.getStyleClass().add("page-background");
                ScrollPane scroll = new ScrollPane(centred);
                scroll.setFitToWidth(true);
                scroll.setPannable(true);
                imageView.fitWidthProperty().unbind();
                if (state == DocumentViewModel.State.PAGES) {
                    // 100% is the page fitted to the pane's width; zoom scales from there.
                    imageView.fitWidthProperty().bind(Bindings.createDoubleBinding(
                            () -> Math.max(100, scroll.getViewportBounds().getWidth() - 24) * model.zoomProperty().get(),
                            scroll.viewportBoundsProperty(), model.zoomProperty()));
                } else {
                    imageView.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> model.imageProperty().get()
                            == null ? 0 : model.imageProperty().get().getWidth() * model.zoomProperty().get(),
                            model.imageProperty(), model.zoomProperty()));
                }
                yield scroll;
            }
            case TEXT -> textArea;
            case UNREADABLE -> unreadable();
        };
        body.getChildren().setAll(content);
    }

    private Node unreadable() {
        Label title = new Label(messages.get("viewer.ui.unreadable", model.document().fileName()));
        title.getStyleClass().add("section-title");
        Label why = new Label();
        why.setWrapText(true);
        why.textProperty().bind(model.messageProperty());
        why.getStyleClass().add("unreadable-reason");
        VBox box = new VBox(10, title, why);
        box.setMaxWidth(560);
        box.getStyleClass().add("card");
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return new StackPane(box);
    }

    /** The paragraphs shown, for tests. */
    List<String> shownText() {
        return List.of(textArea.getText());
    }
}
