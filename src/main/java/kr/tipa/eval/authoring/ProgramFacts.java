package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.program.Program;

/**
 * What a program.json says, as the agency checks it before building: the programme's code and name, the
 * deadline, how many companies are supported, the cutoff, and whether the round is blind. Defaults are
 * those the bundle reader applies, so that what is shown is what the round will hold.
 *
 * @param rubric the built-in rubric's id, or empty when program.json carries a full rubric object
 */
public record ProgramFacts(String code, String name, String agency, String applicationDeadline, int capacity,
        BigDecimal cutoff, String rubric, boolean blind) {

    /** The facts of a program object that {@link ProgramFile} has already checked. */
    static ProgramFacts of(JsonNode program) {
        JsonNode cutoff = program.path("cutoff");
        JsonNode rubric = program.path("rubric");
        return new ProgramFacts(program.path("code").asText(""), program.path("name").asText(""),
                program.path("agency").asText(""), program.path("applicationDeadline").asText(""),
                program.path("capacity").asInt(Program.DEFAULT_CAPACITY),
                cutoff.isNumber() ? cutoff.decimalValue() : Program.DEFAULT_CUTOFF,
                rubric.isTextual() ? rubric.asText() : "", program.path("blind").asBoolean(false));
    }

    /**
     * Reads program.json on its own, before the rest of the inputs are chosen.
     *
     * @return the facts, or the file's faults (every one, as a build would list them)
     */
    public static Checked read(Path file) {
        IntakeFaults faults = new IntakeFaults();
        var program = ProgramFile.read(file, IntakeReader.name(file), faults);
        return new Checked(program == null ? null : of(program), faults.all());
    }

    /** program.json read: its facts when it has no fault. */
    public record Checked(ProgramFacts facts, List<IntakeFault> faults) {

        public Checked {
            faults = List.copyOf(faults);
        }

        public Optional<ProgramFacts> program() {
            return Optional.ofNullable(facts);
        }
    }
}
