package kr.tipa.eval.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;

/**
 * Everything observable about a data folder and its surroundings, to prove that a refused import wrote
 * nothing: rounds, versions, applications with their screening and documents, the audit trail, and
 * every file under the test's folder.
 */
public record DataState(List<String> database, List<String> files) {

    public static DataState of(AppContext context, Path root) {
        List<String> database = new ArrayList<>();
        if (context.hasDatabase()) {
            for (Round round : context.rounds().all()) {
                database.add("round " + round.programCode() + " v" + round.versionNo() + " " + round.currentBundleId());
                context.rounds().versions(round).forEach(b -> database.add("bundle " + b.bundleId()));
                context.rounds().applications(round).forEach(a -> database.add("application " + a.receiptNo() + " "
                        + a.companyName() + " " + a.documents()));
                context.screening().decisions(round).forEach(d -> database.add("screening " + d.receiptNo() + " "
                        + d.status() + " " + d.codes()));
                context.rounds().setup(round).ifPresent(s -> database.add("setup " + s));
                context.rounds().agencyPin(round).ifPresent(p -> database.add("agency pin " + p.fingerprint()));
            }
            context.audit().all().forEach(e -> database.add("audit " + e.seq() + " " + e.hash()));
        }
        return new DataState(database, files(root));
    }

    /** Every file under {@code root} except the database's own files (H2 rewrites them on open). */
    private static List<String> files(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.getFileName().toString().startsWith("tipa-eval.")
                            || !p.getParent().getFileName().toString().equals("data"))
                    .map(p -> root.relativize(p).toString() + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
