package kr.tipa.eval.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.signing.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tipa-eval verify FILE.xlsx}: signer (subject and issuer), fingerprint, signing time, whether it holds; exit 3 when not. */
@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.sheet.file")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    private final CliEnvironment env;

    VerifyCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        VerificationResult result = SheetImportService.verify(file);
        if (json) {
            var node = Json.object().put("file", file.toString()).put("valid", result.valid());
            result.invalidReason().ifPresent(r -> node.put("reason", r.name()));
            result.signer().ifPresent(s -> node.put("signer", s.commonName()).put("subject", s.subject())
                    .put("issuer", s.issuer()).put("fingerprint", s.fingerprint().value())
                    .put("signedAt", s.signingTime() == null ? null : s.signingTime().toString()));
            env.out().println(Json.print(node));
        } else {
            result.describe(env.messages(), ZoneId.systemDefault()).forEach(env.out()::println);
        }
        return result.valid() ? ExitCode.OK : ExitCode.INTEGRITY;
    }
}
