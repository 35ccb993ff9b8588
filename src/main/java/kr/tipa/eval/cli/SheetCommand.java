package kr.tipa.eval.cli;

import java.nio.file.Path;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.SheetExportService;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.signing.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tipa-eval sheet export|import|show|confirm-key}: signed score-sheet workbooks, one sheet as stored,
 * and the chair's confirmation of a certificate pinned on first import.
 */
@Command(name = "sheet", subcommands = {SheetCommand.Export.class, SheetCommand.Import.class, SheetShow.class,
    SheetCommand.ConfirmKey.class})
final class SheetCommand {

    /** {@code sheet export --evaluator ID --out FILE.xlsx}. */
    @Command(name = "export")
    static final class Export extends BaseCommand {
        @Option(names = "--evaluator", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String evaluator;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.sheet.out")
        Path out;

        Export(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            Round round = requireRound(context, options);
            SheetExportService.Outcome o = context.sheetExports().export(round, evaluator,
                    out.toAbsolutePath());
            if (options.json) {
                env.out().println(Json.print(Json.object().put("file", o.file().toString()).put("seq", o.seq())
                        .put("sheets", o.sheets()).put("unsubmitted", o.unsubmitted())
                        .put("fingerprint", o.fingerprint())));
            } else {
                env.out().println(text("cli.sheet.exported", o.file(), o.seq(), o.sheets(), o.fingerprint()));
                if (o.unsubmitted() > 0) {
                    env.err().println(text("cli.sheet.unsubmitted", o.unsubmitted()));
                }
            }
            return ExitCode.OK;
        }
    }

    /** {@code sheet import FILE.xlsx [--accept-rekey] [--accept-unpledged --reason TEXT]}. */
    @Command(name = "import")
    static final class Import extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.sheet.file")
        Path file;

        @Option(names = "--accept-rekey", descriptionKey = "cli.sheet.acceptRekey")
        boolean acceptRekey;

        @Option(names = "--accept-unpledged", descriptionKey = "cli.sheet.acceptUnpledged")
        boolean acceptUnpledged;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.sheet.unpledgedReason")
        String reason;

        Import(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            boolean hasReason = reason != null && !reason.isBlank();
            if (acceptUnpledged != hasReason) {
                throw new CliFailure(ExitCode.USAGE, text("cli.sheet.unpledgedNeedsReason"));
            }
            Round round = requireRound(context, options);
            SheetImportService.Outcome o = context.sheetImports().importSheets(round, file, acceptRekey,
                    acceptUnpledged ? java.util.Optional.of(reason) : java.util.Optional.empty());
            if (options.json) {
                var node = Json.object().put("evaluator", o.evaluatorId()).put("seq", o.seq())
                        .put("fingerprint", o.fingerprint()).put("unchanged", o.unchanged())
                        .put("rekeyed", o.rekeyed())
                        .put("pledgeAcceptedAt", o.pledgeAcceptedAt().map(Object::toString).orElse(null))
                        .put("unpledgedReason", o.unpledgedReason().orElse(null))
                        .put("pinnedBy", o.pinnedBy().name());
                o.loaded().forEach(node.putArray("loaded")::add);
                var changes = node.putArray("changes");
                o.changes().forEach(c -> changes.addObject().put("receiptNo", c.receiptNo())
                        .put("indicatorId", c.indicatorId())
                        .put("before", c.before() == null ? null : c.before().toPlainString())
                        .put("after", c.after() == null ? null : c.after().toPlainString()));
                env.out().println(Json.print(node));
                return ExitCode.OK;
            }
            if (o.unchanged()) {
                env.out().println(text("cli.sheet.unchanged", o.evaluatorName(), o.seq()));
            } else {
                env.out().println(text("cli.sheet.imported", o.evaluatorName(), o.evaluatorId(), o.seq(),
                        o.loaded().size(), o.fingerprint()));
                o.unpledgedReason().ifPresent(r -> env.out().println(text("cli.sheet.acceptedUnpledged",
                        o.evaluatorId(), r)));
                for (var c : o.changes()) {
                    env.out().println(text("cli.sheet.change", c.receiptNo(), c.indicatorId(),
                            c.before() == null ? "-" : c.before().toPlainString(),
                            c.after() == null ? "-" : c.after().toPlainString()));
                }
            }
            env.out().println(text("cli.sheet.pinnedBy." + o.pinnedBy().name(), o.evaluatorId(),
                    new Fingerprint(o.fingerprint()).shortForm()));
            return ExitCode.OK;
        }
    }

    /**
     * {@code sheet confirm-key --evaluator ID --fingerprint HEX --by NAME}: the chair read the fingerprint of a
     * certificate pinned on first import back to the evaluator and records that it is theirs.
     */
    @Command(name = "confirm-key")
    static final class ConfirmKey extends BaseCommand {
        @Option(names = "--evaluator", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String evaluator;

        @Option(names = "--fingerprint", required = true, paramLabel = "HEX",
                descriptionKey = "cli.sheet.confirmKey.fingerprint")
        String fingerprint;

        @Option(names = "--by", required = true, paramLabel = "NAME", descriptionKey = "cli.sheet.confirmKey.by")
        String by;

        ConfirmKey(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            Round round = requireRound(context, options);
            CertificatePin pin = context.sheetImports().confirmPin(round, evaluator, fingerprint, by);
            if (options.json) {
                env.out().println(Json.print(Json.object().put("evaluator", pin.evaluatorId())
                        .put("fingerprint", pin.fingerprint()).put("pinnedBy", pin.source().name())
                        .put("confirmedBy", pin.confirmedBy()).put("confirmedAt", pin.confirmedAt().toString())));
            } else {
                env.out().println(text("cli.sheet.confirmed", pin.evaluatorId(), pin.fingerprint(), pin.confirmedBy()));
            }
            return ExitCode.OK;
        }
    }
}
