package kr.tipa.eval.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file and folder choosers, modal over the window. */
public final class FxFilePrompts implements FilePrompts {

    private final Supplier<Window> owner;

    public FxFilePrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(Request request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> openMany(Request request) {
        List<File> files = chooser(request).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> save(Request request) {
        return Optional.ofNullable(chooser(request).showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Request request) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(request.title());
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(Request request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        if (!request.initialName().isEmpty()) {
            chooser.setInitialFileName(request.initialName());
        }
        request.filters().forEach(f -> chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        return chooser;
    }
}
