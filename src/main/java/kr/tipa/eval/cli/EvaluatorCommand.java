package kr.tipa.eval.cli;

import java.util.Optional;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.model.PanelMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tipa-eval evaluator add|list|import-key|certificates}. */
@Command(name = "evaluator", subcommands = {EvaluatorCommand.Add.class, EvaluatorCommand.ListAll.class,
    EvaluatorCommand.ImportKey.class, CertificatesCommand.class})
final class EvaluatorCommand {

    /**
     * {@code evaluator add --id ID --name NAME [--affiliation A] [--self]}: only the laptop's own evaluator
     * ({@code --self}) gets a signing key here; anyone else's key stays on their own laptop, so that no key
     * made here can claim their name.
     */
    @Command(name = "add")
    static final class Add extends BaseCommand {
        @Option(names = "--id", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String id;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.evaluator.name")
        String name;

        @Option(names = "--affiliation", paramLabel = "A", descriptionKey = "cli.evaluator.affiliation")
        String affiliation;

        @Option(names = "--self", descriptionKey = "cli.evaluator.self")
        boolean self;

        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            if (self) {
                context.keys().requireSecret();
            }
            PanelMember member = context.evaluators().add(id, name, affiliation, self);
            Fingerprint fingerprint = self ? context.keys().create(member.id(), member.evaluator().name(),
                    member.evaluator().affiliation()) : null;
            if (fingerprint != null) {
                // A key made here can never be the one the roster names: say so before any sheet is signed with it.
                context.pins().rosterOfNewest(member.id()).ifPresent(roster ->
                        env.err().println(text("cli.evaluator.rosterNamesAnother", member.id(), roster.value())));
            }
            if (options.json) {
                env.out().println(Json.print(Json.object().put("id", member.id())
                        .put("name", member.evaluator().name()).put("order", member.order()).put("self", self)
                        .put("fingerprint", fingerprint == null ? null : fingerprint.value())));
            } else {
                env.out().println(text("cli.evaluator.added", member.id(), member.evaluator().name(), member.order()));
                if (fingerprint != null) {
                    env.out().println(text("cli.evaluator.fingerprint", fingerprint.value(), fingerprint.shortForm()));
                } else {
                    env.out().println(text("cli.evaluator.noKeyHere", member.id()));
                }
            }
            return ExitCode.OK;
        }
    }

    /**
     * {@code evaluator import-key --id ID PATH}: the evaluator's own certificate instead of a new one — a
     * .p12/.pfx, or a 공동인증서 as it sits on disk (its folder, or its signPri.key). When the round's roster
     * (the newest round, or {@code --program}'s) names the evaluator's certificate, any other is refused with
     * exit 2 naming both fingerprints: the chair would refuse every sheet it signs.
     */
    @Command(name = "import-key")
    static final class ImportKey extends BaseCommand {
        @Option(names = "--id", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String id;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "PATH", descriptionKey = "cli.evaluator.p12")
        java.nio.file.Path file;

        ImportKey(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            context.evaluators().require(id);
            context.keys().requireSecret();
            String p12 = env.env().get("TIPA_EVAL_P12_PASSWORD");
            char[] password = p12 != null ? p12.toCharArray()
                    : System.console() != null ? System.console().readPassword("%s", text("cli.evaluator.p12Prompt"))
                    : null;
            if (password == null) {
                throw new CliFailure(ExitCode.USAGE, text("cli.error.noSecret", "TIPA_EVAL_P12_PASSWORD"));
            }
            Optional<Fingerprint> roster = options.program() != null
                    ? context.pins().roster(requireRound(context, options), id)
                    : context.pins().rosterOfNewest(id);
            SigningIdentity identity;
            try {
                identity = context.keys().importFrom(id, file, password, roster);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            CertificateSummary summary = identity.summary();
            if (options.json) {
                env.out().println(Json.print(Json.object().put("id", id).put("fingerprint", summary.fingerprint().value())
                        .put("subject", summary.subject()).put("issuer", summary.issuer())
                        .put("notBefore", summary.notBefore().toString())
                        .put("notAfter", summary.notAfter().toString()).put("rosterChecked", roster.isPresent())));
            } else {
                env.out().println(text("cli.evaluator.imported", id, summary.commonName(), summary.issuerName(),
                        CertificateSummary.koreaTime(summary.notAfter())));
                env.out().println(text("cli.evaluator.fingerprint", summary.fingerprint().value(),
                        summary.fingerprint().shortForm()));
                if (roster.isPresent()) {
                    env.out().println(text("cli.evaluator.rosterMatches", id));
                }
            }
            return ExitCode.OK;
        }
    }

    /** {@code evaluator list}. */
    @Command(name = "list")
    static final class ListAll extends BaseCommand {
        ListAll(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            if (!context.hasDatabase()) {
                return ExitCode.OK;
            }
            for (PanelMember m : context.evaluators().all()) {
                env.out().println(m.order() + "  " + m.id() + "  " + m.evaluator().name() + "  "
                        + m.evaluator().affiliation() + "  "
                        + context.keys().fingerprint(m.id()).map(Fingerprint::shortForm).orElse("-"));
            }
            return ExitCode.OK;
        }
    }
}
