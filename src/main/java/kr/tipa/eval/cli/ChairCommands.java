package kr.tipa.eval.cli;

import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.Finalisation;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.AuditService;
import kr.tipa.eval.service.ChairService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The chair's commands: finalise, exclude, acknowledge a spread alert, and the audit check. */
final class ChairCommands {

    private ChairCommands() {
    }

    /** {@code finalise --by NAME [--acknowledge-alerts] [--close-missing]}: exit 2 listing what blocks. */
    @Command(name = "finalise", aliases = "finalize")
    static final class Finalise extends BaseCommand {
        @Option(names = "--by", required = true, paramLabel = "NAME", descriptionKey = "cli.finalise.by")
        String by;

        @Option(names = "--acknowledge-alerts", descriptionKey = "cli.finalise.acknowledge")
        boolean acknowledgeAlerts;

        @Option(names = "--close-missing", descriptionKey = "cli.finalise.closeMissing")
        boolean closeMissing;

        Finalise(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            Round round = requireRound(context, options);
            Finalisation f = context.chair().finalise(round, by, acknowledgeAlerts, closeMissing);
            env.out().println(text("cli.finalise.done", round.programCode(), f.by(), f.at().toString(),
                    f.resultsSha256()));
            return ExitCode.OK;
        }
    }

    /** {@code exclude --application R --reason TEXT [--by NAME] [--undo]}. */
    @Command(name = "exclude")
    static final class Exclude extends BaseCommand {
        @Option(names = "--application", required = true, paramLabel = "RECEIPT_NO",
                descriptionKey = "cli.override.application")
        String receiptNo;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.exclude.reason")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.override.by")
        String by;

        @Option(names = "--undo", descriptionKey = "cli.exclude.undo")
        boolean undo;

        Exclude(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            Round round = requireRound(context, options);
            String who = by == null || by.isBlank() ? env.user() : by;
            if (undo) {
                context.chair().include(round, receiptNo, who);
                env.out().println(text("cli.exclude.undone", receiptNo));
            } else {
                context.chair().exclude(round, receiptNo, reason, who);
                env.out().println(text("cli.exclude.done", receiptNo, who));
            }
            return ExitCode.OK;
        }
    }

    /** {@code acknowledge --application R [--by NAME]}: the chair has looked at a spread alert. */
    @Command(name = "acknowledge")
    static final class Acknowledge extends BaseCommand {
        @Option(names = "--application", required = true, paramLabel = "RECEIPT_NO",
                descriptionKey = "cli.override.application")
        String receiptNo;

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.override.by")
        String by;

        Acknowledge(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            Round round = requireRound(context, options);
            context.chair().acknowledge(round, receiptNo, by == null ? env.user() : by);
            env.out().println(text("cli.acknowledge.done", receiptNo));
            return ExitCode.OK;
        }
    }

    /** {@code audit verify}: exit 3 at a break in the hash chain, naming the entry. */
    @Command(name = "audit", subcommands = AuditVerify.class)
    static final class Audit {
    }

    @Command(name = "verify")
    static final class AuditVerify extends BaseCommand {
        AuditVerify(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            if (!context.hasDatabase()) {
                env.out().println(text("cli.audit.ok", 0));
                return ExitCode.OK;
            }
            AuditService.Check check = context.auditTrail().verify();
            int count = check.entries();
            if (check.firstBreak().isPresent()) {
                AuditEntry e = check.firstBreak().get();
                env.err().println(text("cli.audit.broken", e.seq(), e.action(), e.subject(), e.at().toString()));
                return ExitCode.INTEGRITY;
            }
            env.out().println(text("cli.audit.ok", count));
            return ExitCode.OK;
        }
    }
}
