package kr.tipa.eval.authoring;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the agency holds after the deadline (round-authoring.md §1). The optional lists may be null;
 * an intake workbook's own documents, panels, assignments and conflicts sheets stand in for them.
 *
 * @param applications a workbook (.xlsx) or a CSV file
 * @param documents    the folder of uploaded files, one subfolder per receipt number
 */
public record BuildInputs(Path program, Path applications, Path documents, Path documentsList, Path panels,
        Path assignments, Path conflicts) {

    public BuildInputs {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(documents, "documents");
    }

    public static BuildInputs of(Path program, Path applications, Path documents) {
        return new BuildInputs(program, applications, documents, null, null, null, null);
    }

    public BuildInputs withDocumentsList(Path file) {
        return new BuildInputs(program, applications, documents, file, panels, assignments, conflicts);
    }

    public BuildInputs withPanels(Path file) {
        return new BuildInputs(program, applications, documents, documentsList, file, assignments, conflicts);
    }

    public BuildInputs withAssignments(Path file) {
        return new BuildInputs(program, applications, documents, documentsList, panels, file, conflicts);
    }

    public BuildInputs withConflicts(Path file) {
        return new BuildInputs(program, applications, documents, documentsList, panels, assignments, file);
    }
}
