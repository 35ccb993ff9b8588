package kr.tipa.eval.hardening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.files.FileDocumentStore;
import kr.tipa.eval.storage.h2.Database;

/**
 * The application's own code in a child JVM, for {@link KillTest} to SIGKILL at random moments.
 * Every protocol line is printed only after the work it reports has returned (so after its commit),
 * and flushed at once: a line the parent reads is a promise the database must keep.
 *
 * <pre>
 * import BUNDLE DB [new-version]   READY, PROGRESS done total…, COMMITTED kind, CLOSED, then waits
 * score DB EVALUATOR SEED          READY, then COMMITTED k op… until killed
 * stage DB                         STAGED path, then waits holding its staging area (a live import)
 * </pre>
 */
public final class KillTarget {

    private static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    private KillTarget() {
    }

    /** Every folder of the kill test is encrypted, as a window user's is (the harder path for recovery). */
    static final SecretSource SECRETS = () -> "kill-test password".toCharArray();

    /** The data folder as the child and the checks open it. */
    static AppContext open(Path data) {
        return new AppContext(data, Messages.korean(), Clock.systemDefaultZone(), SECRETS);
    }

    /** The folder's database, opened with the same password, for the checks that count rows. */
    static Database database(Path data) {
        return new Database(data, new FolderKeys(data, SECRETS));
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "import" -> runImport(Path.of(args[1]), Path.of(args[2]), args.length > 3);
            case "score" -> runScoring(Path.of(args[1]), args[2], Long.parseLong(args[3]));
            case "stage" -> runStaging(Path.of(args[1]));
            default -> throw new IllegalArgumentException("mode: " + args[0]);
        }
    }

    private static void runImport(Path bundle, Path data, boolean newVersion) throws Exception {
        AppContext context = open(data);
        say("READY");
        ImportOutcome outcome = context.imports().importBundle(bundle, newVersion, "kill-test", new ReadProgress() {
            @Override
            public void progress(long done, long total) {
                say("PROGRESS " + done + " " + total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        say("COMMITTED " + outcome.kind());
        context.close();
        say("CLOSED");
        waitForParent();
    }

    private static void runScoring(Path data, String evaluator, long seed) {
        AppContext context = open(data);
        Round round = context.rounds().require(null);
        List<String> receipts = context.rounds().applications(round).stream()
                .map(StoredApplication::receiptNo).toList();
        ScoringScript script = new ScoringScript(seed, round.program().rubric(), receipts,
                ScoringScript.read(context.scoring(), round, receipts, evaluator));
        say("READY");
        for (long k = 1; ; k++) {
            ScoringScript.Op op = script.next();
            ScoringScript.apply(context.scoring(), round, evaluator, op);
            say(op.line(k));
        }
    }

    private static void runStaging(Path data) throws IOException {
        try (DocumentStore.Staging staging = new FileDocumentStore(data).beginStaging()) {
            Path staged = staging.stage(new ByteArrayInputStream(new byte[] {1, 2, 3}));
            say("STAGED " + staged.getParent());
            waitForParent();
        }
    }

    private static void say(String line) {
        OUT.println(line);
        OUT.flush();
    }

    /** Stays alive (database closed) until the parent kills it or closes stdin. */
    private static void waitForParent() throws IOException {
        while (System.in.read() >= 0) {
            // Nothing to read: the parent never writes.
        }
    }
}
