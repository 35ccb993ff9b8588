package kr.tipa.eval.ui.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.service.ImportService;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The demo round: written as a bundle inside the data folder, imported like any other, removed again. */
public final class DemoLoader {

    private final ImportService imports;
    private final RoundService rounds;
    private final FolderService folder;

    public DemoLoader(ImportService imports, RoundService rounds, FolderService folder) {
        this.imports = imports;
        this.rounds = rounds;
        this.folder = folder;
    }

    /** Imports the demo round (on a worker thread). */
    public ImportOutcome load(BackgroundTasks.Progress progress) throws Exception {
        Path demo = folder.folder().resolve("demo");
        Path bundle = new DemoRound().write(demo);
        try {
            return imports.importBundle(bundle, false, "demo", ImportViewModel.readProgress(progress));
        } finally {
            Files.deleteIfExists(bundle);
            Files.deleteIfExists(demo);
        }
    }

    /** Imports the demo round only into a database that exists and holds no round; says whether it did. */
    public boolean loadIfEmpty(BackgroundTasks.Progress progress) throws Exception {
        if (!folder.hasDatabase() || !rounds.all().isEmpty()) {
            return false;
        }
        load(progress);
        return true;
    }
}
