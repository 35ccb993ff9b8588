package kr.tipa.eval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes, before or after its name. */
public final class CommonOptions {

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "cli.option.db")
    Path db;

    @Option(names = "--program", paramLabel = "CODE", descriptionKey = "cli.option.program")
    String program;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    public Path db() {
        return db;
    }

    public String program() {
        return program;
    }

    public boolean json() {
        return json;
    }

    /** These options, filled in from {@code outer} where they were given before the command's name. */
    CommonOptions orElse(CommonOptions outer) {
        CommonOptions merged = new CommonOptions();
        merged.db = db != null ? db : outer.db;
        merged.program = program != null ? program : outer.program;
        merged.json = json || outer.json;
        return merged;
    }
}
