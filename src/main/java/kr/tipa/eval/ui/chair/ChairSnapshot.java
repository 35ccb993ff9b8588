package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.advisory.PanelAdvisory;
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.ChairDecision;
import kr.tipa.eval.model.Finalisation;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.service.Blockers;
import kr.tipa.eval.service.ChairService;
import kr.tipa.eval.service.EvaluatorProfile;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.service.ResultsService;
import kr.tipa.eval.service.SheetImportService;

/** Everything the chair's five tabs show, read together in the background so that they agree. */
record ChairSnapshot(PanelMatrix matrix, RoundResults results, List<EvaluatorProfile> profiles, Blockers blockers,
        Map<String, BigDecimal> alerts, Map<String, ChairDecision> acknowledgements,
        Optional<Finalisation> finalisation, boolean isFinal,
        List<ImportedSheetFile> imports, PanelAdvisory advisory, List<CertificatePin> pins) {

    static ChairSnapshot read(ChairService chair, ResultsService resultsService, SheetImportService sheetImports,
            Round round) {
        RoundResults results = resultsService.results(round);
        return new ChairSnapshot(chair.matrix(round), results, chair.profiles(round), chair.blockers(round),
                chair.alerts(results), chair.acknowledgements(round), chair.finalisation(round),
                chair.isFinal(round, results), sheetImports.imports(round), resultsService.advisory(results),
                sheetImports.pins(round));
    }
}
