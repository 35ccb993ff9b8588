package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.storage.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair's list of imported sheet workbooks: one entry per file that loaded, none for a refused one. */
class ImportedSheetFilesTest {

    @TempDir
    Path dir;

    @Test
    void eachImportedWorkbookIsListedWithItsSignerAndSequence() throws Exception {
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        Path first = Panels.signedSheets(dir.resolve("e1"), bundle, "E1", "김평가", Map.of("2024-EXP-0001", 8), 1);
        try (AppContext chair = Panels.open(dir.resolve("chair"))) {
            Round round = Panels.importBundle(chair, bundle);
            assertThat(chair.sheetImports().imports(round)).isEmpty();
            SheetImportService.Outcome outcome = chair.sheetImports().importSheets(round, first, false);
            // the same file again is "unchanged" and is not a second import
            chair.sheetImports().importSheets(round, first, false);

            assertThat(chair.sheetImports().imports(round)).singleElement().satisfies(f -> {
                assertThat(f.evaluatorId()).isEqualTo("E1");
                assertThat(f.seq()).isEqualTo(1);
                assertThat(f.fileName()).isEqualTo("E1-1.xlsx");
                assertThat(f.fingerprint()).isEqualTo(outcome.fingerprint());
            });
            assertThat(chair.sheetImports().imports(round)).extracting(SheetImportService.ImportedSheetFile::fileName)
                    .containsExactly("E1-1.xlsx");
        }
    }
}
