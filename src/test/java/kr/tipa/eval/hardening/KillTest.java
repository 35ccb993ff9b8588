package kr.tipa.eval.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: the application's own code runs in a child JVM ({@link KillTarget}) and is killed with
 * SIGKILL at random moments; the database is then reopened here with a fresh {@link AppContext}.
 * An import must be all-or-nothing (and durable once reported), every autosaved score the child
 * reported as committed must be there, and the folder must open and work afterwards.
 *
 * <p>{@code -Dtipa.kill.rounds=N} sets the kills per test (default 10); {@code -Dtipa.kill.seed=S}
 * replays a campaign. Kill delays come from the seeded random; the child's timing does not, so a
 * replay hits the same delays, not necessarily the same instructions.
 */
class KillTest {

    private static final int ROUNDS = Integer.getInteger("tipa.kill.rounds", 10);
    private static final long SEED = Long.getLong("tipa.kill.seed", System.nanoTime());
    private static final String EVALUATOR = "kim";
    private static final long TIMEOUT = 60_000;

    @TempDir
    Path root;

    private final Campaign campaign = new Campaign();
    /** What the scoring check read back from the reopened database. */
    private Map<String, List<ScoringScript.Version>> heldScores;

    @Test
    void anImportKilledAtAnyMomentIsAllOrNothingAndTheNextImportCleansUp() throws Exception {
        Random random = new Random(SEED);
        Path bundle = root.resolve("round-v2.tbundle");
        moderatelySizedBundle(random).write(bundle);
        RoundCheck imported = RoundCheck.of(bundle);
        Path baseline = root.resolve("baseline");
        Path first = root.resolve("round-v1.tbundle");
        Fixtures.bundle(2).write(first);
        RoundCheck previous = RoundCheck.of(first);
        try (AppContext context = KillTarget.open(baseline)) {
            context.imports().importBundle(first, false, "test", ReadProgress.NONE);
        }
        long window = calibrate(bundle, imported);
        for (int i = 0; i < ROUNDS; i++) {
            boolean newVersion = i % 2 == 1;
            Path data = root.resolve("kill-" + i).resolve("data");
            if (newVersion) {
                copyTree(baseline, data);
            }
            long delay = (long) (random.nextDouble() * window);
            String phase;
            try (ChildJvm child = start("import-" + i, "import", bundle.toString(), data.toString(),
                    newVersion ? "new-version" : "")) {
                child.await(line -> line.equals("READY"), TIMEOUT);
                child.awaitUpTo(line -> line.equals("never"), delay);
                campaign.killed(child.kill());
                phase = phase(child.lines());
            }
            campaign.phases.merge(phase, 1, Integer::sum);
            campaign.check("import " + i + " (" + (newVersion ? "new version" : "fresh folder") + ", killed after "
                    + delay + " ms in " + phase + ")", () -> checkImport(data, imported, previous, newVersion, phase));
            deleteTree(data.getParent());
        }
        campaign.report("import", window);
        campaign.assertNoFailures();
    }

    @Test
    void everyScoreReportedAsCommittedSurvivesAKillAtAnyMoment() throws Exception {
        Random random = new Random(SEED ^ 0x5C0BE);
        Path data = root.resolve("scoring").resolve("data");
        Path first = root.resolve("round.tbundle");
        Fixtures.bundle(5).write(first);
        List<String> receipts;
        Round round;
        Map<String, List<ScoringScript.Version>> state;
        try (AppContext context = KillTarget.open(data)) {
            context.imports().importBundle(first, false, "test", ReadProgress.NONE);
            context.evaluators().add(EVALUATOR, "김평가", "한국무역협회", true);
            round = context.rounds().require(null);
            context.scoring().acceptPledge(round, EVALUATOR, "서약");
            receipts = context.rounds().applications(round).stream().map(StoredApplication::receiptNo).toList();
            state = ScoringScript.read(context.scoring(), round, receipts, EVALUATOR);
        }
        long committed = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long seed = random.nextLong();
            // One kill in five lands anywhere from the start, reopening a crashed store included.
            boolean early = random.nextInt(5) == 0;
            long delay = early ? random.nextInt(2500) : random.nextInt(1500);
            List<String> lines;
            try (ChildJvm child = start("score-" + i, "score", data.toString(), EVALUATOR, Long.toString(seed))) {
                if (!early) {
                    child.await(line -> line.equals("READY"), TIMEOUT);
                }
                child.awaitUpTo(line -> line.equals("never"), delay);
                campaign.killed(child.kill());
                lines = child.lines();
            }
            Map<String, List<ScoringScript.Version>> before = state;
            committed += lines.stream().filter(l -> l.startsWith("COMMITTED ")).count();
            campaign.check("scoring " + i + " (seed " + seed + ", killed after " + delay + " ms"
                    + (early ? " from start" : "") + ")",
                    () -> checkScores(data, round, receipts, before, seed, lines));
            // The next child starts from what is really there, even after a failed check.
            state = heldScores != null ? heldScores : state;
        }
        campaign.phases.put("operations reported committed", (int) committed);
        campaign.report("scoring", 1500);
        campaign.assertNoFailures();
        assertThat(committed).as("the child got to score at all").isPositive();
    }

    /** One uncut run: the kill window is what an import takes, closing the database included. */
    private long calibrate(Path bundle, RoundCheck imported) throws Exception {
        Path data = root.resolve("calibration").resolve("data");
        long window;
        try (ChildJvm child = start("calibration", "import", bundle.toString(), data.toString())) {
            child.await(line -> line.equals("READY"), TIMEOUT);
            long ready = child.millisSinceStart();
            child.await(line -> line.equals("CLOSED"), TIMEOUT);
            window = (child.millisSinceStart() - ready) * 11 / 10;
            child.kill();
        }
        try (AppContext context = KillTarget.open(data)) {
            imported.assertFullyThere(context, 1);
        }
        deleteTree(data.getParent());
        return window;
    }

    private void checkImport(Path data, RoundCheck imported, RoundCheck previous, boolean newVersion, String phase)
            throws Exception {
        int version = newVersion ? 2 : 1;
        try (AppContext context = KillTarget.open(data)) {
            boolean there = imported.round(context).filter(r -> r.currentBundleId().equals(imported.bundleId()))
                    .isPresent();
            if (there) {
                imported.assertFullyThere(context, version);
            } else {
                assertThat(phase).as("an import reported committed is there").isNotIn("COMMITTED", "CLOSED");
                imported.assertAbsent(context);
                if (newVersion) {
                    previous.assertFullyThere(context, 1);
                } else {
                    assertThat(RoundCheck.rowCounts(data)).as("rows left by a killed first import")
                            .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
                }
            }
            ImportOutcome again = context.imports().importBundle(root.resolve("round-v2.tbundle"), newVersion,
                    "test", ReadProgress.NONE);
            assertThat(again.kind()).isEqualTo(there ? ImportOutcome.Kind.UNCHANGED
                    : newVersion ? ImportOutcome.Kind.NEW_VERSION : ImportOutcome.Kind.IMPORTED);
            imported.assertFullyThere(context, version);
            assertThat(data.resolve("staging")).as("staging left after the next import").doesNotExist();
            assertThat(RoundCheck.unreferencedPacks(data)).as("packs no committed row names, after the next import")
                    .isEmpty();
        }
    }

    private void checkScores(Path data, Round round, List<String> receipts,
            Map<String, List<ScoringScript.Version>> before, long seed, List<String> lines) {
        heldScores = null;
        List<String> committed = lines.stream().filter(l -> l.startsWith("COMMITTED ")).toList();
        ScoringScript replay = new ScoringScript(seed, round.program().rubric(), receipts, before);
        for (int k = 1; k <= committed.size(); k++) {
            assertThat(committed.get(k - 1)).as("the child's operation %d is the script's", k)
                    .isEqualTo(replay.next().line(k));
        }
        Map<String, List<ScoringScript.Version>> lastReported = replay.state();
        replay.next();
        Map<String, List<ScoringScript.Version>> oneMore = replay.state();
        try (AppContext context = KillTarget.open(data)) {
            Round reopened = context.rounds().require(null);
            heldScores = ScoringScript.read(context.scoring(), reopened, receipts, EVALUATOR);
            assertThat(heldScores).as("after %d reported commits the database holds that state, or one more",
                    committed.size()).isIn(lastReported, oneMore);
            RoundCheck.assertAuditIntact(context);
            assertThat(context.scoring().workload(reopened, EVALUATOR)).hasSize(receipts.size());
            assertThat(context.results().results(reopened).outcomes()).hasSize(receipts.size());
        }
    }

    private ChildJvm start(String name, String... args) throws IOException {
        List<String> nonEmpty = Stream.of(args).filter(a -> !a.isEmpty()).toList();
        return ChildJvm.start(root.resolve(name + ".stderr"), nonEmpty.toArray(String[]::new));
    }

    /** The last protocol line the child wrote before it died: where in the import the kill landed. */
    private static String phase(List<String> lines) {
        String phase = "STARTING";
        for (String line : lines) {
            String word = line.split(" ")[0];
            if (word.equals("PROGRESS")) {
                String[] parts = line.split(" ");
                phase = parts[1].equals(parts[2]) ? "WRITING" : "READING";
            } else if (List.of("READY", "COMMITTED", "CLOSED").contains(word)) {
                phase = word;
            }
        }
        return phase;
    }

    /** 40 applications, each with two incompressible documents of 96–256 KB: about 14 MB. */
    private static BundleWriter moderatelySizedBundle(Random random) {
        BundleWriter writer = new BundleWriter(Fixtures.manifest());
        for (int i = 1; i <= 40; i++) {
            String receipt = Fixtures.receiptNo(i);
            writer.add(Fixtures.application(receipt, Fixtures.businessNo(i)));
            writer.attach(receipt, "PARTICIPATION_PLAN", "documents/참가계획서.pdf", BundleWriter.Content.of(noise(random)));
            writer.attach(receipt, "PRIVACY_CONSENT_KSURE", "documents/개인정보동의서.pdf",
                    BundleWriter.Content.of(noise(random)));
        }
        return writer;
    }

    private static byte[] noise(Random random) {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[96 * 1024 + random.nextInt(160 * 1024)];
        random.nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Kills, checks and failures of one campaign; failures are collected so a long run reports them all. */
    private static final class Campaign {
        final Map<String, Integer> phases = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int kills;
        int lateSignals;
        int checks;

        void killed(boolean wasAlive) {
            if (wasAlive) {
                kills++;
            } else {
                lateSignals++;
            }
        }

        interface Check {
            void run() throws Exception;
        }

        void check(String what, Check check) {
            checks++;
            try {
                check.run();
            } catch (Exception | AssertionError e) {
                failures.add(what + ": " + e);
                System.out.println("FAILED " + what + ": " + e);
            }
        }

        void report(String name, long window) {
            System.out.printf("KillTest %s: seed %d, window %d ms, %d kills (%d signals after exit), %d checks,"
                    + " %d failures, %s%n", name, SEED, window, kills, lateSignals, checks, failures.size(), phases);
        }

        void assertNoFailures() {
            assertThat(failures).as("kill campaign with seed " + SEED).isEmpty();
            assertThat(kills).as("kills of a running child").isEqualTo(checks);
        }
    }
}
