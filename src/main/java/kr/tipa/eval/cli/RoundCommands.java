package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.BuildReport;
import kr.tipa.eval.authoring.Intake;
import kr.tipa.eval.authoring.IntakeFault;
import kr.tipa.eval.authoring.IntakeRefusedException;
import kr.tipa.eval.authoring.IntakeTemplate;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.panel.Panel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tipa-eval round template|build|split}: the agency's side of a round (round-authoring.md §1–3). */
@Command(name = "round", subcommands = {RoundCommands.Template.class, RoundCommands.Build.class,
    RoundSplitCommand.class})
final class RoundCommands implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** {@code round template --out FILE.xlsx}: the intake workbook to fill in. */
    @Command(name = "template")
    static final class Template implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.round.template.out")
        Path out;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        private final CliEnvironment env;

        Template(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() throws Exception {
            new IntakeTemplate(env.messages()).write(out);
            if (json) {
                env.out().println(Json.print(Json.object().put("result", "WRITTEN").put("file", out.toString())));
            } else {
                env.out().println(env.messages().get("cli.round.template.done", out));
            }
            return ExitCode.OK;
        }
    }

    /**
     * {@code round build --program program.json --applications FILE --documents DIR … --out ROUND.tbundle}:
     * its own {@code --program} is a file, so it takes {@code --db} and {@code --json} itself rather than
     * the common options (whose {@code --program} is a programme code).
     */
    @Command(name = "build")
    static final class Build implements Callable<Integer> {

        @Option(names = "--program", required = true, paramLabel = "program.json", descriptionKey = "cli.round.build.program")
        Path program;

        @Option(names = "--applications", required = true, paramLabel = "FILE", descriptionKey = "cli.round.build.applications")
        Path applications;

        @Option(names = "--documents", required = true, paramLabel = "DIR", descriptionKey = "cli.round.build.documents")
        Path documents;

        @Option(names = "--documents-list", paramLabel = "documents.csv", descriptionKey = "cli.round.build.documentsList")
        Path documentsList;

        @Option(names = "--panels", paramLabel = "panels.csv", descriptionKey = "cli.round.build.panels")
        Path panels;

        @Option(names = "--assignments", paramLabel = "assignments.csv", descriptionKey = "cli.round.build.assignments")
        Path assignments;

        @Option(names = "--conflicts", paramLabel = "conflicts.csv", descriptionKey = "cli.round.build.conflicts")
        Path conflicts;

        @Option(names = "--out", required = true, paramLabel = "ROUND.tbundle", descriptionKey = "cli.round.build.out")
        Path out;

        @Option(names = "--db", paramLabel = "DIR", descriptionKey = "cli.option.db")
        Path db;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        @Spec
        CommandSpec spec;

        private final CliEnvironment env;

        Build(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            CommonOptions root = spec.root().userObject() instanceof RootCommand r ? r.options : new CommonOptions();
            CommonOptions options = new CommonOptions();
            options.db = db != null ? db : root.db;
            boolean asJson = json || root.json;
            BuildInputs inputs = new BuildInputs(program, applications, documents, documentsList, panels,
                    assignments, conflicts);
            try (AppContext context = env.contexts().apply(env.folder(options))) {
                BuildReport report = context.roundBuilds().build(inputs, out, env.user(), ReadProgress.NONE);
                env.out().println(asJson ? Json.print(json(report)) : text(report));
                return ExitCode.OK;
            } catch (IntakeRefusedException e) {
                env.err().println(env.messages().get("cli.round.build.refused", e.faults().size()));
                e.faults().forEach(f -> env.err().println("  " + f.render(env.messages())));
                if (asJson) {
                    env.out().println(Json.print(faults(e)));
                }
                return ExitCode.REFUSED;
            }
        }

        private String text(BuildReport r) {
            StringBuilder text = new StringBuilder();
            String nl = System.lineSeparator();
            text.append(env.messages().get("cli.round.build.done", r.bundle(), r.programCode(), r.bundleId(),
                    r.applications(), r.documents(), String.format("%.1f", r.bytes() / 1048576.0),
                    r.setup().panels().size(), r.setup().conflicts().size(),
                    env.messages().get(r.setup().blind() ? "cli.round.build.blind" : "cli.round.build.open")));
            for (Panel panel : r.setup().panels()) {
                text.append(nl).append(env.messages().get("cli.round.build.panel", panel.id(), panel.name(),
                        panel.members().size(), panel.chair().map(c -> c.name()).orElse("-"),
                        panel.receiptNos().size()));
            }
            text.append(nl).append(env.messages().get("cli.round.build.agency", r.agencyFingerprint(),
                    r.agencySigner()));
            if (!r.inferred().isEmpty()) {
                text.append(nl).append(env.messages().get("cli.round.build.inferred", r.inferred().size()));
                for (Intake.InferredType t : r.inferred()) {
                    text.append(nl).append("  ").append(t.receiptNo()).append("  ").append(t.file()).append(" → ")
                            .append(t.type().name());
                }
            }
            if (r.examplesSkipped() > 0) {
                text.append(nl).append(env.messages().get("cli.round.build.examples", r.examplesSkipped()));
            }
            if (!r.ignored().isEmpty()) {
                text.append(nl).append(env.messages().get("cli.round.build.ignored", String.join(", ", r.ignored())));
            }
            return text.toString();
        }

        private static ObjectNode json(BuildReport r) {
            ObjectNode node = Json.object().put("result", "BUILT").put("file", r.bundle().toString())
                    .put("programCode", r.programCode()).put("bundleId", r.bundleId()).put("formatVersion", 2)
                    .put("manifestSha256", r.manifestSha256()).put("applications", r.applications())
                    .put("documents", r.documents()).put("bytes", r.bytes()).put("blind", r.setup().blind());
            node.putObject("agency").put("fingerprint", r.agencyFingerprint()).put("signer", r.agencySigner());
            ArrayNode panels = node.putArray("panels");
            for (Panel panel : r.setup().panels()) {
                ObjectNode p = panels.addObject().put("id", panel.id()).put("name", panel.name())
                        .put("members", panel.members().size()).put("applications", panel.receiptNos().size());
                panel.chair().ifPresent(c -> p.put("chair", c.evaluatorId()));
            }
            node.put("conflicts", r.setup().conflicts().size());
            ArrayNode inferred = node.putArray("inferred");
            r.inferred().forEach(t -> inferred.addObject().put("receiptNo", t.receiptNo()).put("file", t.file())
                    .put("type", t.type().name()));
            node.put("examplesSkipped", r.examplesSkipped());
            ArrayNode ignored = node.putArray("ignored");
            r.ignored().forEach(ignored::add);
            return node;
        }

        private ObjectNode faults(IntakeRefusedException e) {
            ObjectNode node = Json.object().put("result", "REFUSED");
            ArrayNode list = node.putArray("faults");
            for (IntakeFault f : e.faults()) {
                list.addObject().put("file", f.file()).put("row", f.row()).put("column", f.column())
                        .put("code", f.message().key()).put("message", f.message().render(env.messages()));
            }
            return node;
        }
    }
}
