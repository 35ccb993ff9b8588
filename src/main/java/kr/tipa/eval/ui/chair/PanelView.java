package kr.tipa.eval.ui.chair;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.ui.DesktopNotices;
import kr.tipa.eval.ui.files.FilePrompts;

/** Thin controller of ChairPanel.fxml: the panel matrix with its counts, and importing signed sheet workbooks. */
public final class PanelView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int CHANGES_SHOWN = 8;

    private final PanelViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private final ChairDialogs dialogs;
    private final Supplier<Window> window;
    private final DesktopNotices notices;
    private final List<TableColumn<PanelMatrix.Row, ?>> memberColumns = new ArrayList<>();

    @FXML
    private FlowPane counts;
    @FXML
    private TableView<PanelMatrix.Row> matrix;
    @FXML
    private TableColumn<PanelMatrix.Row, String> receiptColumn;
    @FXML
    private TableColumn<PanelMatrix.Row, String> companyColumn;
    @FXML
    private TableColumn<PanelMatrix.Row, ScreeningStatus> screeningColumn;
    @FXML
    private Button importButton;
    @FXML
    private TableView<ImportReport> reports;
    @FXML
    private TableColumn<ImportReport, String> reportFileColumn;
    @FXML
    private TableColumn<ImportReport, String> reportSignerColumn;
    @FXML
    private TableColumn<ImportReport, String> reportFingerprintColumn;
    @FXML
    private TableColumn<ImportReport, ImportReport> reportVerdictColumn;
    @FXML
    private TableColumn<ImportReport, ImportReport> reportResultColumn;
    @FXML
    private TableView<ImportedSheetFile> imported;
    @FXML
    private TableColumn<ImportedSheetFile, String> importedEvaluatorColumn;
    @FXML
    private TableColumn<ImportedSheetFile, Integer> importedSeqColumn;
    @FXML
    private TableColumn<ImportedSheetFile, String> importedFileColumn;
    @FXML
    private TableColumn<ImportedSheetFile, String> importedFingerprintColumn;
    @FXML
    private TableColumn<ImportedSheetFile, String> importedAtColumn;
    @FXML
    private TableColumn<ImportedSheetFile, String> importedNoteColumn;
    @FXML
    private TableColumn<ImportedSheetFile, ImportedSheetFile> importedPinColumn;
    @FXML
    private VBox pinNotes;

    PanelView(PanelViewModel model, Messages messages, FilePrompts files, ChairDialogs dialogs, Supplier<Window> window,
            DesktopNotices notices) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        this.dialogs = dialogs;
        this.window = window;
        this.notices = notices;
    }

    @FXML
    void initialize() {
        matrix.setItems(model.rows());
        matrix.setPlaceholder(new Label(messages.get("chairui.matrix.empty")));
        receiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        screeningColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().screening()));
        screeningColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ScreeningStatus item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("screening-"));
                setText(empty || item == null ? "" : messages.get("screening.status." + item.name()));
                if (!empty && item != null) {
                    getStyleClass().add("screening-" + item.name());
                }
            }
        });
        model.panelProperty().addListener((o, was, now) -> columns(now));
        columns(model.panelProperty().get());
        model.countsProperty().addListener((o, was, now) -> counts(now));
        counts(model.countsProperty().get());

        importButton.disableProperty().bind(model.importingProperty());
        reports.setItems(model.reports());
        reports.setPlaceholder(new Label(messages.get("chairui.import.none")));
        reportFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fileName()));
        reportSignerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().signer()));
        reportFingerprintColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fingerprint()));
        reportFingerprintColumn.getStyleClass().add("chair-mono");
        reportVerdictColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        reportVerdictColumn.setCellFactory(c -> new WrappedCell<>(
                r -> r.state() == ImportReport.State.CHECKING ? "" : r.verdict(),
                r -> r.state() == ImportReport.State.CHECKING ? List.of()
                        : List.of(r.valid() ? "chair-valid" : "chair-invalid")));
        reportResultColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        reportResultColumn.setCellFactory(c -> new WrappedCell<>(this::resultText, r -> switch (r.state()) {
            case REFUSED -> List.of("chair-invalid");
            case AWAITING_REKEY, CHECKING -> List.of("chair-pending");
            default -> List.of();
        }));

        imported.setItems(model.imported());
        imported.setPlaceholder(new Label(messages.get("chairui.import.historyEmpty")));
        importedEvaluatorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().evaluatorId()));
        importedSeqColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        importedFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fileName()));
        importedFingerprintColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shortForm(c.getValue()
                .fingerprint())));
        importedFingerprintColumn.getStyleClass().add("chair-mono");
        importedAtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().importedAt()
                .atZone(ZoneId.systemDefault()))));
        importedNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unpledgedReason()
                .map(r -> messages.get("chairui.import.unpledged", r)).orElse("")));
        new PinMarks(model, messages, dialogs, window).attach(pinNotes, importedPinColumn);
    }

    /** One column per panel member, in panel order, after the three fixed ones. */
    private void columns(List<PanelMember> panel) {
        matrix.getColumns().removeAll(memberColumns);
        memberColumns.clear();
        for (PanelMember member : panel) {
            TableColumn<PanelMatrix.Row, PanelViewModel.MemberCell> column = new TableColumn<>(member.evaluator().name()
                    + "\n" + member.id());
            column.setId("matrix-" + member.id());
            column.setPrefWidth(90);
            column.setMinWidth(64);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(PanelViewModel.cell(c.getValue(), member.id())));
            column.setCellFactory(c -> new StateCell());
            memberColumns.add(column);
        }
        matrix.getColumns().addAll(memberColumns);
    }

    private void counts(Map<PanelMatrix.Cell, Long> byState) {
        counts.getChildren().clear();
        for (PanelMatrix.Cell cell : PanelMatrix.Cell.values()) {
            Label chip = new Label(messages.get("chairui.count", messages.get("chairui.cell." + cell.name()),
                    byState.getOrDefault(cell, 0L)));
            chip.getStyleClass().addAll("chair-chip", "chair-cell-" + cell.name());
            chip.setId("count-" + cell.name());
            counts.getChildren().add(chip);
        }
        long proxies = model.proxyCountProperty().get();
        if (proxies > 0) {
            Label chip = new Label(messages.get("chairui.count", messages.get("chairui.proxy"), proxies));
            chip.getStyleClass().addAll("chair-chip", "chair-proxy");
            chip.setId("count-PROXY");
            counts.getChildren().add(chip);
        }
    }

    @FXML
    void importSheets() {
        List<Path> chosen = files.openMany(FilePrompts.Request.open(messages.get("chairui.import.choose"),
                FilePrompts.Filter.XLSX));
        if (!chosen.isEmpty()) {
            model.importFiles(chosen, new SheetImports.Questions(
                    (rekey, answer) -> answer.accept(dialogs.confirmRekey(window.get(), rekey)),
                    (unpledged, reason) -> reason.accept(dialogs.reason(window.get(),
                            messages.get("chairui.unpledged.title", unpledged.file().getFileName()),
                            messages.get("chairui.unpledged.header", unpledged.evaluatorId(),
                                    unpledged.evaluatorName()),
                            messages.get("chairui.unpledged.label")))),
                    notices.from(importButton));
        }
    }

    private static String shortForm(String fingerprint) {
        try {
            return new Fingerprint(fingerprint).shortForm();
        } catch (IllegalArgumentException e) {
            return fingerprint;
        }
    }

    /**
     * A sheet's state as a coloured chip, so that the row's selection stays visible around it; a sheet the
     * chair typed (위원장 대리 입력) says so on the chip, with who, from what file and when in its tooltip.
     */
    private final class StateCell extends TableCell<PanelMatrix.Row, PanelViewModel.MemberCell> {
        private final Label chip = new Label();

        StateCell() {
            setAlignment(Pos.CENTER);
            chip.getStyleClass().add("chair-chip");
        }

        @Override
        protected void updateItem(PanelViewModel.MemberCell item, boolean empty) {
            super.updateItem(item, empty);
            chip.getStyleClass().removeIf(s -> s.startsWith("chair-cell-") || s.equals("chair-proxy"));
            chip.setTooltip(null);
            if (empty || item == null || item.state() == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String state = messages.get("chairui.cell." + item.state().name());
            chip.getStyleClass().add("chair-cell-" + item.state().name());
            if (item.proxy().isPresent()) {
                var p = item.proxy().get();
                chip.setText(messages.get("chairui.cell.proxy", state));
                chip.getStyleClass().add("chair-proxy");
                chip.setTooltip(new Tooltip(messages.get("chairui.proxy.detail", p.enteredBy(), p.sourceFile(),
                        p.sourceSha256().substring(0, 16), TIME.format(p.enteredAt().atZone(ZoneId.systemDefault())))));
            } else {
                chip.setText(state);
            }
            setText(null);
            setGraphic(chip);
        }
    }

    /** What an import did, with each changed score on its own line. */
    private String resultText(ImportReport item) {
        StringBuilder text = new StringBuilder(item.result());
        List<String> lines = item.changeLines();
        for (int i = 0; i < Math.min(CHANGES_SHOWN, lines.size()); i++) {
            text.append("\n  ").append(lines.get(i));
        }
        if (lines.size() > CHANGES_SHOWN) {
            text.append("\n  ").append(messages.get("chairui.import.moreChanges", lines.size() - CHANGES_SHOWN));
        }
        return text.toString();
    }
}
