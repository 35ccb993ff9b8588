package kr.tipa.eval.ui.chair;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.service.SheetImportService;

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
    private final LongProperty proxyCount = new SimpleLongProperty();
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

    /** One evaluator's cell of a row: the sheet's state, and whether the chair typed that sheet. */
    public record MemberCell(PanelMatrix.Cell state, Optional<ProxyEntry> proxy) {
    }

    static MemberCell cell(PanelMatrix.Row row, String evaluatorId) {
        return new MemberCell(row.cells().get(evaluatorId), row.proxy(evaluatorId));
    }

    /** How many cells hold a sheet the chair typed for its evaluator (위원장 대리 입력). */
    public LongProperty proxyCountProperty() {
        return proxyCount;
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
        imports.importFiles(files, question);
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
        proxyCount.set(matrix.proxyCount());
        counts.set(c);
        imported.setAll(s.imports());
    }
}
