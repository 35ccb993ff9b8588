package kr.tipa.eval.ui.chair;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ChairService;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.service.ResultsService;
import kr.tipa.eval.service.ScreeningService;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The chair's desk (위원장) for one round: 패널 현황, 순위, 분포, 확정 and 일치도 (참고용), read together in the
 * background and read again after every change the chair makes, so that the five tabs always agree.
 */
public final class ChairViewModel {

    private final ChairService chair;
    private final ResultsService results;
    private final SheetImportService sheetImports;
    private final Messages messages;
    private final Round round;
    private final String chairName;
    private final ChairOperations ops;
    private final PanelViewModel panel;
    private final RankingViewModel ranking;
    private final DistributionViewModel distribution;
    private final FinaliseViewModel finalise;
    private final AgreementViewModel agreement;
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private long generation;

    /**
     * @param workbooks the signed result workbook and the 이의신청 pack (the window passes the result
     *                  workbook service, tests a fake); {@code null} leaves export and the appeal pack disabled
     * @param chairName who decides, as recorded with every decision and the finalisation
     */
    public ChairViewModel(ChairService chair, ResultsService results, ScreeningService screening,
            SheetImportService sheetImports, ResultWorkbooks workbooks, BackgroundTasks tasks, Messages messages,
            Round round, String chairName) {
        this.chair = chair;
        this.results = results;
        this.sheetImports = sheetImports;
        this.messages = messages;
        this.round = round;
        this.chairName = chairName;
        this.ops = new ChairOperations(tasks, messages);
        this.panel = new PanelViewModel(sheetImports, round, chairName, ops);
        this.ranking = new RankingViewModel(chair, screening, round, workbooks, chairName, ops);
        this.distribution = new DistributionViewModel(round, messages);
        this.finalise = new FinaliseViewModel(chair, round, workbooks, chairName, ops);
        this.agreement = new AgreementViewModel(round, messages);
        ops.setRefresh(this::refresh);
    }

    public Round round() {
        return round;
    }

    public String chairName() {
        return chairName;
    }

    public Messages messages() {
        return messages;
    }

    public PanelViewModel panel() {
        return panel;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public DistributionViewModel distribution() {
        return distribution;
    }

    public FinaliseViewModel finalise() {
        return finalise;
    }

    public AgreementViewModel agreement() {
        return agreement;
    }

    /** The last outcome or refusal, in words. */
    public StringProperty statusProperty() {
        return ops.statusProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return ops.statusIsErrorProperty();
    }

    public BooleanBinding busyProperty() {
        return ops.runningProperty().greaterThan(0);
    }

    /** True once the first read has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public void refresh() {
        refresh(vm -> { });
    }

    /** Reads everything again; {@code then} runs once the tabs show it. Only the newest read is shown. */
    public void refresh(Consumer<ChairViewModel> then) {
        long mine = ++generation;
        ops.read(p -> ChairSnapshot.read(chair, results, sheetImports, round), s -> {
            if (mine == generation) {
                panel.apply(s);
                ranking.apply(s);
                distribution.apply(s);
                finalise.apply(s);
                agreement.apply(s);
                loaded.set(true);
            }
            then.accept(this);
        }, e -> {
            ops.fail(e);
            then.accept(this);
        });
    }
}
