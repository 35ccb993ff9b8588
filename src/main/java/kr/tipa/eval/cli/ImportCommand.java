package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.signing.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tipa-eval import BUNDLE [--new-version] [--agency-fingerprint HEX]}. */
@Command(name = "import")
final class ImportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "BUNDLE", descriptionKey = "cli.import.bundle")
    Path bundle;

    @Option(names = "--new-version", descriptionKey = "cli.import.newVersion")
    boolean newVersion;

    @Option(names = "--agency-fingerprint", paramLabel = "HEX", descriptionKey = "cli.import.agencyFingerprint")
    String agencyFingerprint;

    ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) throws Exception {
        Optional<Fingerprint> letter = Optional.empty();
        if (agencyFingerprint != null) {
            letter = Optional.of(Fingerprint.parse(agencyFingerprint).orElseThrow(() -> new CliFailure(
                    ExitCode.USAGE, text("cli.import.badFingerprint", agencyFingerprint))));
        }
        ImportOutcome outcome = context.imports().importBundle(bundle, newVersion, letter, env.user(), progress());
        for (BundleProblem warning : outcome.warnings()) {
            env.err().println(text("cli.warning", warning.render(env.messages())));
        }
        if (options.json) {
            env.out().println(Json.print(json(outcome)));
        } else {
            env.out().println(summary(outcome));
            outcome.agencySignature().ifPresent(a -> env.out().println(agency(a)));
            if (context.rounds().blind(outcome.round())) {
                env.out().println(text("cli.import.blind"));
            }
        }
        return ExitCode.OK;
    }

    /** The agency's fingerprint, and what the user is to do with it when it was pinned just now. */
    private String agency(ImportOutcome.AgencyCheck a) {
        if (a.pinnedNow()) {
            return text(a.checkedAgainstLetter() ? "cli.import.agencyPinnedLetter" : "cli.import.agencyPinned",
                    a.fingerprint(), a.signerName());
        }
        return text("cli.import.agencyMatches", a.fingerprint(), a.signerName());
    }

    private ReadProgress progress() {
        if (!env.interactive()) {
            return ReadProgress.NONE;
        }
        return new ReadProgress() {
            private int shown = -1;

            @Override
            public void progress(long done, long total) {
                int percent = (int) (100 * done / Math.max(total, 1));
                if (percent != shown) {
                    shown = percent;
                    env.err().print("\r" + text("cli.import.progress", percent));
                    env.err().flush();
                    if (percent == 100) {
                        env.err().println();
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private String summary(ImportOutcome o) {
        if (o.kind() == ImportOutcome.Kind.UNCHANGED) {
            return text("cli.import.unchanged", o.bundleId(), o.round().programCode(), o.versionNo());
        }
        String key = o.kind() == ImportOutcome.Kind.NEW_VERSION ? "cli.import.newVersionDone" : "cli.import.done";
        return text(key, o.round().programCode(), o.bundleId(), o.versionNo(), o.applications(),
                count(o, ScreeningStatus.ELIGIBLE), count(o, ScreeningStatus.INELIGIBLE),
                count(o, ScreeningStatus.NEEDS_REVIEW), o.withdrawn());
    }

    private static long count(ImportOutcome o, ScreeningStatus status) {
        return o.screening().getOrDefault(status, 0L);
    }

    private ObjectNode json(ImportOutcome o) {
        ObjectNode node = Json.object();
        node.put("result", o.kind().name());
        node.put("programCode", o.round().programCode());
        node.put("bundleId", o.bundleId());
        node.put("version", o.versionNo());
        node.put("applications", o.applications());
        node.put("withdrawn", o.withdrawn());
        ObjectNode screening = node.putObject("screening");
        for (ScreeningStatus status : ScreeningStatus.values()) {
            screening.put(status.name(), count(o, status));
        }
        o.agencySignature().ifPresent(a -> node.putObject("agency").put("fingerprint", a.fingerprint())
                .put("signer", a.signerName()).put("pinnedNow", a.pinnedNow())
                .put("checkedAgainstLetter", a.checkedAgainstLetter()));
        ArrayNode warnings = node.putArray("warnings");
        o.warnings().forEach(w -> warnings.add(w.render(env.messages())));
        return node;
    }
}
