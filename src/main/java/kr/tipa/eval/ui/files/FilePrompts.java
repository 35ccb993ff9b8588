package kr.tipa.eval.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every place the window asks for a file or a folder (a bundle to import, a workbook to verify or save, the
 * chair's sheet workbooks, a backup, the agency's documents folder and the folder of panel packages) asks here: the system's file choosers in the window ({@link FxFilePrompts}),
 * prepared answers in tests. Views ask; view models receive the chosen path.
 */
public interface FilePrompts {

    /** A kind of file the chooser shows, e.g. "Excel (*.xlsx)" with {@code *.xlsx}. */
    record Filter(String description, List<String> patterns) {

        public static final Filter XLSX = new Filter("Excel (*.xlsx)", List.of("*.xlsx"));

        public Filter {
            patterns = List.copyOf(patterns);
        }
    }

    /** What to ask: the chooser's title, the name offered when saving (empty when opening), the kinds shown. */
    record Request(String title, String initialName, List<Filter> filters) {

        public Request {
            filters = List.copyOf(filters);
        }

        public static Request open(String title, Filter... filters) {
            return new Request(title, "", List.of(filters));
        }

        public static Request save(String title, String initialName, Filter... filters) {
            return new Request(title, initialName, List.of(filters));
        }
    }

    /** One existing file; empty when cancelled. */
    Optional<Path> open(Request request);

    /** Several existing files at once; empty when cancelled. */
    List<Path> openMany(Request request);

    /** Where to write a new file; empty when cancelled. */
    Optional<Path> save(Request request);

    /** An existing folder (the request's filters and name are not used); empty when cancelled. */
    Optional<Path> folder(Request request);
}
