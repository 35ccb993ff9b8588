package kr.tipa.eval.ui.chair;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;

/** Where the chair's screens ask for files: the system's file choosers, or a test's fixed answers. */
public interface ChairFiles {

    /** The evaluators' signed sheet workbooks to import (several at once); empty when cancelled. */
    List<Path> openSheets(Window owner);

    /** Where to save a workbook; empty when cancelled. */
    Optional<Path> saveWorkbook(Window owner, String title, String initialName);

    static ChairFiles choosers(Messages messages) {
        return new ChairFiles() {
            @Override
            public List<Path> openSheets(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("chairui.import.choose"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> saveWorkbook(Window owner, String title, String initialName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(initialName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
