package kr.tipa.eval.ui.chair;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.ui.Notices;

/**
 * 패널 현황: every application × every panel member with the sheet's state, the counts per state, the
 * sheet workbooks imported so far, and this session's imports file by file.
 */
public final class PanelViewModel {

    private final ObjectProperty<List<PanelMember>> panel = new SimpleObjectProperty<>(List.of());
    private final ObservableList<PanelMatrix.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Map<PanelMatrix.Cell, Long>> counts =
            new SimpleObjectProperty<>(new EnumMap<>(PanelMatrix.Cell.class));
    private final ObservableList<ImportedSheetFile> imported = FXCollections.observableArrayList();
    private final SheetImports imports;

    PanelViewModel(SheetImportService service, Round round, ChairOperations ops) {
        this.imports = new SheetImports(service, round, ops);
    }

    /** The panel in its order: one matrix column each. */
    public ObjectProperty<List<PanelMember>> panelProperty() {
        return panel;
    }

    public ObservableList<PanelMatrix.Row> rows() {
        return rows;
    }

    /** How many cells are in each state (every state present, zero included). */
    public ObjectProperty<Map<PanelMatrix.Cell, Long>> countsProperty() {
        return counts;
    }

    /** Every sheet workbook imported into this round, oldest first. */
    public ObservableList<ImportedSheetFile> imported() {
        return imported;
    }

    /** This session's imports, one report per file chosen. */
    public ObservableList<ImportReport> reports() {
        return imports.reports();
    }

    public BooleanProperty importingProperty() {
        return imports.importingProperty();
    }

    /** Checks and imports each file in turn; a changed certificate is asked about through {@code question}. */
    public void importFiles(List<Path> files, SheetImports.RekeyQuestion question) {
        importFiles(files, question, Notices.NONE);
    }

    /** As {@link #importFiles(List, SheetImports.RekeyQuestion)}; {@code notices} hears how the files ended. */
    public void importFiles(List<Path> files, SheetImports.RekeyQuestion question, Notices notices) {
        imports.importFiles(files, question, notices);
    }

    void apply(ChairSnapshot s) {
        PanelMatrix matrix = s.matrix();
        if (!matrix.panel().equals(panel.get())) {
            panel.set(matrix.panel());
        }
        rows.setAll(matrix.rows());
        Map<PanelMatrix.Cell, Long> c = new EnumMap<>(PanelMatrix.Cell.class);
        for (PanelMatrix.Cell cell : PanelMatrix.Cell.values()) {
            c.put(cell, matrix.count(cell));
        }
        counts.set(c);
        imported.setAll(s.imports());
    }
}
