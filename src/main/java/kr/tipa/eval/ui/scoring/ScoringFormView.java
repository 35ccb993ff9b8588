package kr.tipa.eval.ui.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.ui.validation.FieldChecks;

/**
 * The scoring form, generated from whatever rubric the round has: per category its indicators with a
 * score field (digits, arrows to step, Enter to the next, Tab to the comment) and a comment; subtotals;
 * the total against the cutoff and what is missing; the overall opinion; submit and correct, each asked
 * once through the {@link SigningConfirmation}. Tab moves on from every text field, the opinion too.
 */
public final class ScoringFormView {

    public static final String SCORE_FIELD = "score-field";

    private final ScoringFormViewModel model;
    private final Messages messages;
    private final SigningConfirmation confirmation;
    private final List<TextField> scoreFields = new ArrayList<>();
    /** The view model's refusal of each score, shown as a decoration on its field. */
    private final FieldChecks checks = new FieldChecks();
    private final VBox root = new VBox(12);
    /** The form and, above it (not disabled with it), why no sheet is shown. */
    private final VBox shell = new VBox();

    public ScoringFormView(ScoringFormViewModel model, Messages messages, SigningConfirmation confirmation) {
        this.model = model;
        this.messages = messages;
        this.confirmation = confirmation;
        build();
    }

    public Node node() {
        return shell;
    }

    /** Puts the cursor in the first score field (after opening an application from the list). */
    public void focusFirstScore() {
        if (!scoreFields.isEmpty()) {
            scoreFields.get(0).requestFocus();
            scoreFields.get(0).selectAll();
        }
    }

    private void build() {
        root.getStyleClass().add("scoring-form");
        Label heading = new Label();
        heading.getStyleClass().add("form-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.receiptNoProperty().get().isEmpty()
                ? messages.get("scoring.choose") : messages.get("scoring.title", model.receiptNoProperty().get(),
                        model.versionProperty().get()), model.receiptNoProperty(), model.versionProperty()));
        Label state = new Label();
        state.getStyleClass().add("form-state");
        state.textProperty().bind(Bindings.when(model.submittedProperty())
                .then(messages.get("scoring.state.submitted")).otherwise(messages.get("scoring.state.draft")));
        state.visibleProperty().bind(model.loadedProperty());
        root.getChildren().add(new HBox(10, heading, state));
        for (RubricCategory category : model.rubric().categories()) {
            root.getChildren().add(category(category));
        }
        root.getChildren().addAll(totals(), opinion(), actions(), status());
        root.disableProperty().bind(model.loadedProperty().not());
        Label notice = new Label();
        notice.setId("form-notice");
        notice.getStyleClass().add("form-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        shell.getChildren().addAll(notice, root);
    }

    private Node category(RubricCategory category) {
        Label title = new Label(messages.get("scoring.category", category.name(),
                Decimals.plain(category.maxPoints())));
        title.getStyleClass().add("category-title");
        Label subtotal = new Label();
        subtotal.getStyleClass().add("subtotal");
        subtotal.textProperty().bind(Bindings.createStringBinding(() -> messages.get("scoring.subtotal",
                Decimals.plain(model.subtotalProperty(category.id()).get()),
                Decimals.plain(category.maxPoints())), model.subtotalProperty(category.id())));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("indicator-grid");
        grid.setHgap(8);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints textColumn = new javafx.scene.layout.ColumnConstraints();
        textColumn.setHgrow(Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints scoreColumn = new javafx.scene.layout.ColumnConstraints(64);
        javafx.scene.layout.ColumnConstraints maxColumn = new javafx.scene.layout.ColumnConstraints(36);
        grid.getColumnConstraints().addAll(textColumn, scoreColumn, maxColumn);
        int row = 0;
        for (IndicatorEntry entry : model.entries()) {
            if (!entry.categoryId().equals(category.id())) {
                continue;
            }
            Label text = new Label(entry.indicator().text());
            text.setWrapText(true);
            text.getStyleClass().add("indicator-text");
            GridPane.setHgrow(text, Priority.ALWAYS);
            TextField score = scoreField(entry);
            Label max = new Label("/ " + Decimals.plain(entry.indicator().maxPoints()));
            max.getStyleClass().add("max-points");
            Label error = new Label();
            error.getStyleClass().add("error-text");
            error.textProperty().bind(entry.errorProperty());
            error.visibleProperty().bind(entry.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            error.setWrapText(true);
            TextField comment = new TextField();
            comment.setPromptText(messages.get("scoring.comment.prompt"));
            comment.textProperty().bindBidirectional(entry.commentProperty());
            comment.editableProperty().bind(model.readOnlyProperty().not());
            comment.getStyleClass().add("comment-field");
            grid.add(text, 0, row);
            grid.add(score, 1, row);
            grid.add(max, 2, row);
            grid.add(error, 0, row + 1, 3, 1);
            grid.add(comment, 0, row + 2, 3, 1);
            row += 3;
        }
        VBox box = new VBox(6, new HBox(8, title, gap, subtotal), grid);
        box.getStyleClass().add("category");
        return box;
    }

    private TextField scoreField(IndicatorEntry entry) {
        TextField field = new TextField();
        field.getStyleClass().add(SCORE_FIELD);
        field.setId("score-" + entry.indicator().id());
        field.setPrefColumnCount(4);
        field.setAlignment(Pos.CENTER_RIGHT);
        // A tooltip is a popup window with a scene of its own: made when the pointer first comes over the field,
        // not for every field of every form built.
        field.setOnMouseEntered(e -> {
            if (field.getTooltip() == null) {
                field.setTooltip(new Tooltip(messages.get("scoring.field.tooltip",
                        Decimals.plain(entry.indicator().maxPoints()), Decimals.plain(model.rubric().step()))));
            }
        });
        // Only what can become a number gets in; the range is judged by the view model with a reason.
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("-?\\d{0,4}(\\.\\d{0,3})?")
                ? c : null));
        field.textProperty().bindBidirectional(entry.textProperty());
        field.editableProperty().bind(model.readOnlyProperty().not());
        entry.errorProperty().addListener((o, was, now) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty()));
        checks.watch(field, false, entry.errorProperty());
        // A filter, so that the text field's own key handling cannot swallow arrows and Enter first.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP) {
                model.step(entry, 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                model.step(entry, -1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                int next = scoreFields.indexOf(field) + 1;
                if (next < scoreFields.size()) {
                    scoreFields.get(next).requestFocus();
                    scoreFields.get(next).selectAll();
                }
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                field.selectAll();
            }
        });
        scoreFields.add(field);
        return field;
    }

    private Node totals() {
        Label total = new Label();
        total.getStyleClass().add("total");
        total.textProperty().bind(Bindings.createStringBinding(() -> messages.get("scoring.total",
                Decimals.plain(model.totalProperty().get()), Decimals.plain(model.rubric().maxTotal())),
                model.totalProperty()));
        Label line = new Label();
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            BigDecimal t = model.totalProperty().get();
            String cutoff = Decimals.plain(model.cutoff());
            return t.compareTo(model.cutoff()) >= 0 ? messages.get("scoring.line.above", cutoff)
                    : messages.get("scoring.line.below", cutoff);
        }, model.totalProperty()));
        line.getStyleClass().add("cutoff-line");
        model.totalProperty().addListener((o, a, b) -> line.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("below"), b.compareTo(model.cutoff()) < 0));
        Label missing = new Label();
        missing.getStyleClass().add("missing");
        missing.setWrapText(true);
        missing.textProperty().bind(Bindings.createStringBinding(() -> model.missingProperty().get() == 0
                ? messages.get("scoring.missing.none")
                : model.invalidProperty().get() == 0 ? messages.get("scoring.missing", model.missingProperty().get())
                : messages.get("scoring.missing.invalid", model.missingProperty().get(), model.invalidProperty().get()),
                model.missingProperty(), model.invalidProperty()));
        VBox box = new VBox(4, total, line, missing);
        box.getStyleClass().add("totals");
        return box;
    }

    private Node opinion() {
        Label label = new Label(messages.get("scoring.opinion"));
        label.getStyleClass().add("category-title");
        TextArea area = new TextArea();
        area.setId("opinion");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(model.opinionProperty());
        area.editableProperty().bind(model.readOnlyProperty().not());
        leaveOnTab(area);
        return new VBox(6, label, area);
    }

    private Node actions() {
        Button submit = new Button(messages.get("scoring.submit"));
        submit.setId("submit");
        submit.getStyleClass().add("primary");
        submit.disableProperty().bind(model.completeProperty().not().or(model.readOnlyProperty())
                .or(model.pendingWritesProperty().greaterThan(0)));
        submit.setOnAction(e -> {
            SigningQuestion question = model.submitQuestion();
            if (confirmation.confirm(window(), question)) {
                model.submit(question);
            }
        });
        Button correct = new Button(messages.get("scoring.correct"));
        correct.setId("correct");
        correct.visibleProperty().bind(model.submittedProperty());
        correct.managedProperty().bind(correct.visibleProperty());
        correct.setOnAction(e -> {
            SigningQuestion question = model.correctionQuestion();
            if (confirmation.confirm(window(), question)) {
                model.startCorrection(question);
            }
        });
        Button conflict = new Button(messages.get("scoring.conflict"));
        conflict.setId("conflict");
        conflict.disableProperty().bind(model.submittedProperty());
        conflict.setOnAction(e -> model.declareConflict());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(10, submit, correct, gap, conflict);
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * A text area keeps Tab for moving on, as every other field does (a keyboard user was stuck in it);
     * Ctrl+Tab types a tab character for whoever needs one.
     */
    static void leaveOnTab(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.isControlDown() && !e.isShiftDown()) {
                if (area.isEditable()) {
                    area.replaceSelection("\t");
                }
            } else if (!e.isControlDown()) {
                area.requestFocusTraversal(e.isShiftDown() ? javafx.scene.TraversalDirection.PREVIOUS
                        : javafx.scene.TraversalDirection.NEXT);
            } else {
                return;
            }
            e.consume();
        });
    }

    private Node status() {
        Label status = new Label();
        status.setId("form-status");
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return status;
    }
}
