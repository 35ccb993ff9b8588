package kr.tipa.eval.ui.agency;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import kr.tipa.eval.authoring.ProgramFacts;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of AgencyBuildInputs.fxml: the files a round is built from, each chosen through the file
 * prompts; what program.json says as soon as it is chosen; and the blank template to fill in.
 */
public final class BuildInputsView {

    private static final FilePrompts.Filter CSV = new FilePrompts.Filter("CSV (*.csv)", List.of("*.csv", "*.txt"));

    private final BuildWizardViewModel model;
    private final Messages messages;
    private final FilePrompts files;

    @FXML
    private TextField programField;
    @FXML
    private GridPane factsGrid;
    @FXML
    private Label programProblem;
    @FXML
    private TextField applicationsField;
    @FXML
    private TextField documentsField;
    @FXML
    private GridPane optionalGrid;

    BuildInputsView(BuildWizardViewModel model, FilePrompts files) {
        this.model = model;
        this.messages = model.messages();
        this.files = files;
    }

    @FXML
    void initialize() {
        show(programField, model.programProperty());
        show(applicationsField, model.applicationsProperty());
        show(documentsField, model.documentsProperty());
        optional(0, "agency.build.documentsList", model.documentsListProperty());
        optional(1, "agency.build.panels", model.panelsProperty());
        optional(2, "agency.build.assignments", model.assignmentsProperty());
        optional(3, "agency.build.conflicts", model.conflictsProperty());
        programProblem.textProperty().bind(model.programProblemProperty());
        programProblem.visibleProperty().bind(model.programProblemProperty().isNotEmpty());
        programProblem.managedProperty().bind(programProblem.visibleProperty());
        model.programFactsProperty().subscribe(this::facts);
    }

    private void show(TextField field, ObjectProperty<Path> path) {
        path.subscribe(p -> field.setText(p == null ? "" : p.toString()));
    }

    /** A row for one optional CSV: its path, a button to choose it and one to leave it out again. */
    private void optional(int row, String key, ObjectProperty<Path> path) {
        Label label = new Label(messages.get(key));
        TextField field = new TextField();
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.setPromptText(messages.get("agency.build.optional.none"));
        show(field, path);
        Button choose = new Button(messages.get("agency.build.choose.file"));
        choose.setMaxWidth(Double.MAX_VALUE);
        choose.setOnAction(e -> files.open(FilePrompts.Request.open(messages.get(key), CSV)).ifPresent(path::set));
        Button clear = new Button(messages.get("agency.build.optional.clear"));
        clear.disableProperty().bind(path.isNull());
        clear.setOnAction(e -> path.set(null));
        choose.setId(key.substring(key.lastIndexOf('.') + 1) + "Button");
        HBox.setHgrow(choose, Priority.ALWAYS);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        optionalGrid.addRow(row, label, field, new HBox(6, choose, clear));
    }

    private void facts(ProgramFacts facts) {
        factsGrid.getChildren().clear();
        factsGrid.setVisible(facts != null);
        factsGrid.setManaged(facts != null);
        if (facts == null) {
            return;
        }
        fact(0, "agency.program.code", facts.code());
        fact(1, "agency.program.name", facts.name());
        fact(2, "agency.program.deadline", facts.applicationDeadline());
        fact(3, "agency.program.capacity", messages.get("agency.program.capacity.value", facts.capacity()));
        fact(4, "agency.program.cutoff", messages.get("agency.program.cutoff.value", Decimals.plain(facts.cutoff())));
        fact(5, "agency.program.blind", messages.get(facts.blind() ? "agency.program.blind.yes"
                : "agency.program.blind.no"));
    }

    private void fact(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("agency-fact-name");
        Label text = new Label(value);
        text.getStyleClass().add("agency-fact-value");
        text.setId("fact-" + key.substring(key.lastIndexOf('.') + 1));
        factsGrid.addRow(row, name, text);
    }

    @FXML
    void chooseProgram() {
        files.open(FilePrompts.Request.open(messages.get("agency.build.program"),
                new FilePrompts.Filter("program.json (*.json)", List.of("*.json"))))
                .ifPresent(model.programProperty()::set);
    }

    @FXML
    void chooseApplications() {
        files.open(FilePrompts.Request.open(messages.get("agency.build.applications"),
                new FilePrompts.Filter(messages.get("agency.build.applications.filter"),
                        List.of("*.xlsx", "*.csv", "*.txt"))))
                .ifPresent(model.applicationsProperty()::set);
    }

    @FXML
    void chooseDocuments() {
        files.folder(FilePrompts.Request.open(messages.get("agency.build.documents")))
                .ifPresent(model.documentsProperty()::set);
    }

    @FXML
    void writeTemplate() {
        files.save(FilePrompts.Request.save(messages.get("agency.build.template.choose"),
                messages.get("agency.build.template.fileName"), FilePrompts.Filter.XLSX))
                .ifPresent(model::writeTemplate);
    }
}
