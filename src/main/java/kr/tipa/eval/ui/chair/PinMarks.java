package kr.tipa.eval.ui.chair;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.signing.Fingerprint;

/**
 * Where each evaluator's certificate was taken from, in the chair's panel view: a chip on every imported file
 * (로스터 / 첫 가져오기로 등록 / 확인함), and above the files what is to be done about certificates taken on first
 * import, with a button per certificate that confirms it after a phone check.
 */
final class PinMarks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PanelViewModel model;
    private final Messages messages;
    private final ChairDialogs dialogs;
    private final Supplier<Window> window;

    PinMarks(PanelViewModel model, Messages messages, ChairDialogs dialogs, Supplier<Window> window) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.window = window;
    }

    void attach(VBox notes, TableColumn<ImportedSheetFile, ImportedSheetFile> column) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new PinCell());
        model.pins().addListener((ListChangeListener<CertificatePin>) change -> {
            notes(notes);
            column.getTableView().refresh();
        });
        notes(notes);
    }

    /** One line saying what is to be done, then a button per certificate to check: compact for a whole panel. */
    private void notes(VBox notes) {
        notes.getChildren().clear();
        FlowPane buttons = new FlowPane(6, 4);
        for (CertificatePin pin : model.pins()) {
            if (!pin.awaitsConfirmation()) {
                continue;
            }
            Button confirm = new Button(messages.get("chairui.pin.confirm", pin.evaluatorId(),
                    model.nameOf(pin.evaluatorId())));
            confirm.setId("confirm-pin-" + pin.evaluatorId());
            confirm.setMinWidth(Region.USE_PREF_SIZE);
            confirm.setTooltip(new Tooltip(messages.get("chairui.pin.tooltip", shortForm(pin.fingerprint()))));
            confirm.setOnAction(e -> {
                if (dialogs.confirmPin(window.get(), pin.evaluatorId(), model.nameOf(pin.evaluatorId()),
                        pin.fingerprint())) {
                    model.confirm(pin);
                }
            });
            buttons.getChildren().add(confirm);
        }
        if (!buttons.getChildren().isEmpty()) {
            Label text = new Label(messages.get("chairui.pin.note", buttons.getChildren().size()));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("chair-pin-note-text");
            VBox box = new VBox(4, text, buttons);
            box.getStyleClass().add("chair-pin-note");
            notes.getChildren().add(box);
        }
        boolean any = !notes.getChildren().isEmpty();
        notes.setVisible(any);
        notes.setManaged(any);
    }

    private static String shortForm(String fingerprint) {
        try {
            return new Fingerprint(fingerprint).shortForm();
        } catch (IllegalArgumentException e) {
            return fingerprint;
        }
    }

    /** The file's evaluator's pin as a chip; a confirmed one says who confirmed it. */
    private final class PinCell extends TableCell<ImportedSheetFile, ImportedSheetFile> {
        private final Label chip = new Label();

        PinCell() {
            setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chair-chip");
        }

        @Override
        protected void updateItem(ImportedSheetFile item, boolean empty) {
            super.updateItem(item, empty);
            chip.getStyleClass().removeIf(s -> s.startsWith("chair-pin-"));
            var pin = empty || item == null ? Optional.<CertificatePin>empty() : model.pin(item.evaluatorId());
            if (pin.isEmpty()) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            CertificatePin p = pin.get();
            chip.setText(messages.get("chairui.pin.source." + p.source().name()));
            chip.getStyleClass().add("chair-pin-" + p.source().name());
            setTooltip(p.confirmer().map(by -> new Tooltip(messages.get("chairui.pin.confirmedBy",
                    by, TIME.format(p.confirmedAt().atZone(ZoneId.systemDefault()))))).orElse(null));
            setText(null);
            setGraphic(chip);
        }
    }
}
