package kr.tipa.eval.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.h2.Database;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression for the lost autosaves the kill test found: in a store with free space between chunks,
 * H2 2.5 rewrites the store header naming the chunk <em>before</em> one it placed where it had not
 * predicted, so after a crash its recovery could reach neither that chunk nor any chained after it,
 * and reopened the database as it was several commits earlier.
 *
 * <p>A crash is the database file copied while the database is open: with WRITE_DELAY=0 every commit
 * that returned is in the file, which is exactly what a SIGKILL leaves (the kill test does it for real).
 */
class CrashRecoveryTest {

    private static final String EVALUATOR = "kim";
    private static final String PASSWORD = "crash-test password";

    @TempDir
    Path root;

    private boolean encrypted;

    /** Plain folders (scripts without a password) and encrypted ones (every window user's). */
    @ParameterizedTest(name = "encrypted={0}")
    @ValueSource(booleans = {false, true})
    void everyReturnedCommitSurvivesCrashesOfAFragmentedStore(boolean encrypted) throws Exception {
        this.encrypted = encrypted;
        Path data = root.resolve("crash-0");
        Round round;
        List<String> receipts;
        try (AppContext context = open(data)) {
            Path bundle = root.resolve("round.tbundle");
            Fixtures.bundle(5).write(bundle);
            context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
            context.evaluators().add(EVALUATOR, "김평가", "한국무역협회", true);
            round = context.rounds().require(null);
            context.scoring().acceptPledge(round, EVALUATOR, "서약");
            try (Database database = new Database(data, new FolderKeys(data, secrets()));
                    Database.Borrowed borrowed = database.borrow();
                    java.sql.Statement statement = borrowed.connection().createStatement()) {
                statement.execute("SET RETENTION_TIME 0");
            }
            assertThat(context.encrypted()).isEqualTo(encrypted);
            receipts = context.rounds().applications(round).stream().map(StoredApplication::receiptNo).toList();
            // Thousands of commits of every size: the store ends up with free space between its chunks.
            run(context, round, receipts, 1, Integer.getInteger("exp.grow", 3000));
            copyDatabase(data, root.resolve("crash-grown"));
        }
        data = root.resolve("crash-grown");
        try (AppContext recovered = open(data)) {
            recovered.rounds().require(null);
        }
        for (int crash = 1; crash <= 6; crash++) {
            Path crashed = root.resolve("crash-" + crash);
            Map<String, List<ScoringScript.Version>> expected;
            try (AppContext session = open(data)) {
                expected = run(session, round, receipts, 100 + crash, 3 + crash);
                copyDatabase(data, crashed);
            }
            // Reopened, checked and closed cleanly: the next session starts on a clean, compacted store.
            try (AppContext reopened = open(crashed)) {
                assertThat(ScoringScript.read(reopened.scoring(), reopened.rounds().require(null), receipts, EVALUATOR))
                        .as("after crash %d, every commit that returned", crash).isEqualTo(expected);
            }
            data = crashed;
        }
    }

    @Test
    void aWrongPasswordLeavesAnUncleanEncryptedStoreUntouched() throws Exception {
        encrypted = true;
        Path data = root.resolve("unclean");
        Round round;
        List<String> receipts;
        Map<String, List<ScoringScript.Version>> expected;
        try (AppContext context = open(data)) {
            Path bundle = root.resolve("round.tbundle");
            Fixtures.bundle(3).write(bundle);
            context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
            context.evaluators().add(EVALUATOR, "김평가", "한국무역협회", true);
            round = context.rounds().require(null);
            context.scoring().acceptPledge(round, EVALUATOR, "서약");
            receipts = context.rounds().applications(round).stream().map(StoredApplication::receiptNo).toList();
            expected = run(context, round, receipts, 7, 40);
            copyDatabase(data, root.resolve("crashed"));
        }
        Path crashed = root.resolve("crashed");
        Path file = crashed.resolve(Database.FILE_NAME + ".mv.db");
        byte[] before = Files.readAllBytes(file);
        SecretSource wrong = () -> "not the password".toCharArray();
        try (AppContext intruder = new AppContext(crashed, Messages.korean(), Clock.systemDefaultZone(), wrong)) {
            assertThatThrownBy(() -> intruder.rounds().require(null)).isNotNull();
        }
        assertThat(Files.readAllBytes(file)).as("a wrong password changes nothing").isEqualTo(before);
        try (AppContext owner = open(crashed)) {
            assertThat(ScoringScript.read(owner.scoring(), owner.rounds().require(null), receipts, EVALUATOR))
                    .isEqualTo(expected);
        }
    }

    private SecretSource secrets() {
        return encrypted ? () -> PASSWORD.toCharArray() : SecretSource.NONE;
    }

    private AppContext open(Path folder) {
        return new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), secrets());
    }

    /** Runs {@code count} operations of the kill test's script; returns the state they leave. */
    private static Map<String, List<ScoringScript.Version>> run(AppContext context, Round round, List<String> receipts,
            long seed, int count) {
        ScoringScript script = new ScoringScript(seed, round.program().rubric(), receipts,
                ScoringScript.read(context.scoring(), round, receipts, EVALUATOR));
        for (int i = 0; i < count; i++) {
            ScoringScript.apply(context.scoring(), round, EVALUATOR, script.next());
        }
        return script.state();
    }

    /** The database file (and an encrypted folder's key file) as a SIGKILL at this moment would leave them. */
    private static void copyDatabase(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
