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
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.ui.Notices;

/**
 * 패널 현황: every application × every panel member with the sheet's state, the counts per state, the
 * sheet workbooks imported so far, this session's imports file by file, and whose certificate was taken on
 * first import only (첫 가져오기로 등록) until the chair confirms it.
 */
public final class PanelViewModel {

    private final ObjectProperty<List<PanelMember>> panel = new SimpleObjectProperty<>(List.of());
    private final ObservableList<PanelMatrix.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Map<PanelMatrix.Cell, Long>> counts =
            new SimpleObjectProperty<>(new EnumMap<>(PanelMatrix.Cell.class));
    private final ObservableList<ImportedSheetFile> imported = FXCollections.observableArrayList();
    private final LongProperty proxyCount = new SimpleLongProperty();
    private final ObservableList<CertificatePin> pins = FXCollections.observableArrayList();
    private final SheetImports imports;
    private final SheetImportService service;
    private final Round round;
    private final String chairName;
    private final ChairOperations ops;

    PanelViewModel(SheetImportService service, Round round, String chairName, ChairOperations ops) {
        this.imports = new SheetImports(service, round, ops);
        this.service = service;
        this.round = round;
        this.chairName = chairName;
        this.ops = ops;
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

    /** The certificate taken for each evaluator whose sheets this round imported, and why it was taken. */
    public ObservableList<CertificatePin> pins() {
        return pins;
    }

    /** The pin of an evaluator, when their sheets were imported. */
    public Optional<CertificatePin> pin(String evaluatorId) {
        return pins.stream().filter(p -> p.evaluatorId().equals(evaluatorId)).findFirst();
    }

    /** An evaluator's name as the panel knows it, else the id alone. */
    public String nameOf(String evaluatorId) {
        return panel.get().stream().filter(m -> m.id().equals(evaluatorId)).findFirst()
                .map(m -> m.evaluator().name()).orElse("");
    }

    /**
     * The chair checked the fingerprint of a certificate taken on first import (read back to the evaluator by
     * phone): recorded with the chair's name and the time, and the mark goes.
     */
    public void confirm(CertificatePin pin) {
        ops.write(p -> service.confirmPin(round, pin.evaluatorId(), pin.fingerprint(), chairName),
                confirmed -> ops.say(ops.messages().get("chairui.pin.confirmed", confirmed.evaluatorId(),
                        nameOf(confirmed.evaluatorId()), new Fingerprint(confirmed.fingerprint()).shortForm(),
                        confirmed.confirmedBy())));
    }

    /** This session's imports, one report per file chosen. */
    public ObservableList<ImportReport> reports() {
        return imports.reports();
    }

    public BooleanProperty importingProperty() {
        return imports.importingProperty();
    }

    /**
     * Checks and imports each file in turn; a changed certificate is asked about through {@code question}, and
     * a workbook without the evaluator's pledge is refused.
     */
    public void importFiles(List<Path> files, SheetImports.RekeyQuestion question) {
        importFiles(files, new SheetImports.Questions(question, SheetImports.UnpledgedQuestion.REFUSE), Notices.NONE);
    }

    /**
     * As {@link #importFiles(List, SheetImports.RekeyQuestion)}, with a workbook without a pledge asked about too
     * (taken only with the chair's written reason); {@code notices} hears how the files ended.
     */
    public void importFiles(List<Path> files, SheetImports.Questions questions, Notices notices) {
        imports.importFiles(files, questions, notices);
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
        // Pins first: each imported file's row shows its evaluator's pin.
        pins.setAll(s.pins());
        imported.setAll(s.imports());
    }
}
