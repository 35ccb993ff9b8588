package kr.tipa.eval.ui.agency;

import java.util.List;
import kr.tipa.eval.authoring.Intake;
import kr.tipa.eval.authoring.ProgramFacts;

/**
 * What a round build read, before anything is written: the programme, how many applications and files, the
 * panels with their members, the 제척, and every document whose type came from its file name.
 *
 * @param program null when program.json has faults (they are in the fault table)
 */
public record IntakePreview(ProgramFacts program, int applications, int documents, long bytes, List<PanelRow> panels,
        int conflicts, List<Intake.InferredType> inferred, int examplesSkipped, List<String> ignored) {

    public IntakePreview {
        panels = List.copyOf(panels);
        inferred = List.copyOf(inferred);
        ignored = List.copyOf(ignored);
    }

    static IntakePreview of(Intake intake) {
        return new IntakePreview(intake.programFacts(), intake.applications().size(), intake.documentCount(),
                intake.documentBytes(), intake.setup().panels().stream().map(p -> PanelRow.of(p, -1)).toList(),
                intake.setup().conflicts().size(), intake.inferred(), intake.examplesSkipped(), intake.ignored());
    }
}
