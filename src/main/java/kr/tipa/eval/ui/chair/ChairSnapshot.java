package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.service.Blockers;
import kr.tipa.eval.service.ChairService;
import kr.tipa.eval.service.EvaluatorProfile;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.service.ResultsService;
import kr.tipa.eval.service.RoundResults;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.storage.Round;

/** Everything the chair's four tabs show, read together in the background so that they agree. */
record ChairSnapshot(PanelMatrix matrix, RoundResults results, List<EvaluatorProfile> profiles, Blockers blockers,
        Map<String, BigDecimal> alerts, Map<String, ChairService.Decision> acknowledgements,
        Optional<ChairService.Finalisation> finalisation, boolean isFinal,
        List<SheetImportService.ImportedSheetFile> imports) {

    static ChairSnapshot read(ChairService chair, ResultsService resultsService, SheetImportService sheetImports,
            Round round) {
        RoundResults results = resultsService.results(round);
        return new ChairSnapshot(chair.matrix(round), results, chair.profiles(round), chair.blockers(round),
                chair.alerts(results), chair.acknowledgements(round), chair.finalisation(round),
                chair.isFinal(round, results), sheetImports.imports(round));
    }
}
