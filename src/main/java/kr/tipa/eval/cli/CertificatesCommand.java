package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.signing.npki.NpkiEntry;
import kr.tipa.eval.signing.npki.NpkiException;
import kr.tipa.eval.signing.npki.NpkiFinder;
import kr.tipa.eval.signing.npki.NpkiLocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tipa-eval evaluator certificates [--path DIR]… [--json]}: the 공동인증서 in the standard places (or
 * under the folders given), each with subject, issuer, validity, fingerprint and folder. Reads no database
 * and decrypts nothing: the listing is what one picks a folder for {@code evaluator import-key} from.
 */
@Command(name = "certificates")
final class CertificatesCommand implements Callable<Integer> {

    @Option(names = "--path", paramLabel = "DIR", descriptionKey = "cli.evaluator.certificates.path")
    List<Path> paths;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    /** Properties files drop leading blanks, so the indent under each certificate's heading is added here. */
    private static final String INDENT = "    ";

    private final CliEnvironment env;

    CertificatesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<Path> places;
        if (paths != null && !paths.isEmpty()) {
            for (Path path : paths) {
                if (!Files.isDirectory(path)) {
                    throw new CliFailure(ExitCode.REFUSED, text("cli.certificates.noFolder", path));
                }
            }
            places = paths;
        } else {
            places = NpkiLocations.ofThisComputer(env.env());
        }
        NpkiFinder.Found found = NpkiFinder.find(places);
        Instant now = env.clock().instant();
        for (NpkiException e : found.unreadable()) {
            env.err().println(text(e.problem().key(), e.args().toArray()));
        }
        if (json) {
            env.out().println(Json.print(json(places, found, now)));
        } else {
            text(places, found, now);
        }
        return ExitCode.OK;
    }

    private ObjectNode json(List<Path> places, NpkiFinder.Found found, Instant now) {
        ObjectNode root = Json.object();
        ArrayNode searched = root.putArray("searched");
        places.forEach(p -> searched.add(p.toAbsolutePath().toString()));
        ArrayNode list = root.putArray("certificates");
        for (NpkiEntry entry : found.certificates()) {
            CertificateSummary c = CertificateSummary.of(entry.certificate());
            list.addObject().put("commonName", c.commonName()).put("subject", c.subject())
                    .put("issuerName", c.issuerName()).put("issuer", c.issuer()).put("authority", entry.authority())
                    .put("notBefore", c.notBefore().toString()).put("notAfter", c.notAfter().toString())
                    .put("expired", c.expiredAt(now)).put("notYetValid", c.notYetValidAt(now))
                    .put("hasSigningKey", entry.hasSigningKey()).put("fingerprint", c.fingerprint().value())
                    .put("location", entry.folder().toAbsolutePath().toString());
        }
        ArrayNode unreadable = root.putArray("unreadable");
        found.unreadable().forEach(e -> unreadable.addObject().put("file", String.valueOf(e.args().get(0)))
                .put("problem", e.problem().name()));
        return root;
    }

    private void text(List<Path> places, NpkiFinder.Found found, Instant now) {
        if (found.certificates().isEmpty()) {
            env.out().println(text("cli.certificates.none"));
            places.forEach(p -> env.out().println("  " + p.toAbsolutePath()));
            return;
        }
        int n = 1;
        for (NpkiEntry entry : found.certificates()) {
            CertificateSummary c = CertificateSummary.of(entry.certificate());
            env.out().println(text("cli.certificates.entry", n++, c.commonName(), c.issuerName(), status(entry, c, now)));
            env.out().println(INDENT + text("cli.certificates.subject", c.subject()));
            env.out().println(INDENT + text("cli.certificates.issuer", c.issuer()));
            env.out().println(INDENT + text("cli.certificates.validity", CertificateSummary.koreaTime(c.notBefore()),
                    CertificateSummary.koreaTime(c.notAfter())));
            env.out().println(INDENT + text("cli.certificates.fingerprint", c.fingerprint().value()));
            env.out().println(INDENT + text("cli.certificates.location", entry.folder().toAbsolutePath()));
        }
    }

    private String status(NpkiEntry entry, CertificateSummary c, Instant now) {
        if (!entry.hasSigningKey()) {
            return text("cli.certificates.status.noKey");
        }
        if (c.expiredAt(now)) {
            return text("cli.certificates.status.expired");
        }
        return c.notYetValidAt(now) ? text("cli.certificates.status.notYetValid") : text("cli.certificates.status.valid");
    }

    private String text(String key, Object... args) {
        return env.messages().get(key, args);
    }
}
