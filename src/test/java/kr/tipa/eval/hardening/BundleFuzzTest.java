package kr.tipa.eval.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.service.NewVersionRequiredException;
import kr.tipa.eval.testing.DataState;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: thousands of valid bundles (written by {@link Fixtures} and {@link BundleWriter})
 * broken in seeded random ways, each imported into a data folder that already holds a round. Each
 * one must either import whole (and then be exactly what the bundle says) or be refused with
 * problems that name a file and read as Korean, leaving the database and every file around the data
 * folder as they were. Nothing else may escape: no NPE, IllegalArgument, OOM or StackOverflow.
 *
 * <p>The judge is bundle-format.md, not the reader: {@link SpecOracle} reads each ZIP on its own and
 * says when the spec demands a refusal, and checks an accepted import against the ZIP's bytes; a
 * bundle changed only in ways the spec allows ({@link FuzzBundle#valid()}) must be imported, or held
 * back only to ask for a new version when that was not asked for. {@link RoundCheck} checks that an
 * import is whole and consistent inside the application.
 *
 * <p>{@code -Dtipa.fuzz.cases=N} (default 5,000), {@code -Dtipa.fuzz.seed=S} (default: the clock,
 * printed), and {@code -Dtipa.fuzz.case=I} to replay case I of seed S alone: every failure names its
 * seed and case. A replayed case meets the base round alone, not what earlier cases imported, which
 * only matters for cases about versions. Failing bundles are kept under {@code target/fuzz-failures}.
 */
class BundleFuzzTest {

    private static final int CASES = Integer.getInteger("tipa.fuzz.cases", 5_000);
    private static final long SEED = Long.getLong("tipa.fuzz.seed", System.nanoTime());
    private static final int ONLY = Integer.getInteger("tipa.fuzz.case", -1);
    private static final int MAX_FAILURES = 100;
    private static final long SLOW_NANOS = 10_000_000_000L;
    private static final Messages KOREAN = Messages.korean();

    @TempDir
    Path root;
    @TempDir
    Path inputs;

    private AppContext context;
    private final List<FuzzBundle> bases = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void aFolderHoldingAGoodRound() throws Exception {
        context = new AppContext(root.resolve("data"), KOREAN);
        Path good = inputs.resolve("good.zip");
        Fixtures.bundle(2).write(good);
        context.imports().importBundle(good, false, "test", ReadProgress.NONE);
        Files.delete(good);
        bases.add(FuzzBundle.of(Fixtures.bundle(1), inputs.resolve("base.zip")));
        bases.add(FuzzBundle.of(Fixtures.bundle(3), inputs.resolve("base.zip")));
        BundleWriter rich = Fixtures.bundle(2);
        Fixtures.object(rich.application(Fixtures.receiptNo(2)), "groupInsurance").put("requested", true);
        rich.attach(Fixtures.receiptNo(2), "GROUP_INSURANCE_FORM", "documents/단체보험가입신청서.hwp",
                BundleWriter.Content.of(Fixtures.pdfLike("HWP")));
        rich.attach(Fixtures.receiptNo(1), "EVIDENCE", "documents/수출실적.png",
                BundleWriter.Content.of(Fixtures.pdfLike("PNG")));
        bases.add(FuzzBundle.of(rich, inputs.resolve("base.zip")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyMutatedBundleIsImportedWholeOrRefusedWithReasonsAndNothingElseEscapes() throws Exception {
        long started = System.nanoTime();
        DataState before = DataState.of(context, root);
        int cases = 0;
        int valid = 0;
        for (int i = ONLY >= 0 ? ONLY : 0; i < (ONLY >= 0 ? ONLY + 1 : CASES) && failures.size() < MAX_FAILURES; i++) {
            Random random = new Random(SEED * 0x9E3779B97F4A7C15L + i);
            FuzzBundle bundle = mutated(random);
            byte[] zip = bundle.zip();
            if (random.nextInt(100) < 30) {
                zip = EntryMutations.damage(zip, random, bundle);
            }
            // Mostly as the committee's chair would after reading the question: yes, a new version.
            boolean newVersion = random.nextInt(8) != 0;
            Path file = inputs.resolve("case-" + i + ".tbundle");
            Files.write(file, zip);
            if (bundle.valid()) {
                valid++;
            }
            before = run(i, file, bundle, newVersion, before);
            Files.delete(file);
            cases++;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("BundleFuzzTest: seed %d, %d cases (%d valid by construction) in %d s, %d failures;"
                + " outcomes %s%n", SEED, cases, valid, seconds, failures.size(), outcomes);
        failures.forEach(f -> System.out.println("FAILED " + f));
        assertThat(failures).as("fuzz with seed " + SEED + "; replay one case with -Dtipa.fuzz.seed=" + SEED
                + " -Dtipa.fuzz.case=N (it then runs against the base round alone)").isEmpty();
        if (ONLY < 0) {
            assertThat(outcomes.keySet()).as("the fuzz reaches both imports and refusals")
                    .anyMatch(k -> k.startsWith("imported")).anyMatch(k -> k.startsWith("refused"));
        }
    }

    /** A base bundle under a fresh bundleId, changed by one to three mutations. */
    private FuzzBundle mutated(Random random) {
        FuzzBundle bundle = bases.get(random.nextInt(bases.size())).copy();
        String bundleId = new UUID(random.nextLong(), random.nextLong()).toString();
        bundle.editJson(bundle.indexOf(FuzzBundle.MANIFEST), false, m -> m.put("bundleId", bundleId));
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            if (random.nextInt(10) < 6) {
                JsonMutations.apply(bundle, random);
            } else {
                EntryMutations.apply(bundle, random);
            }
        }
        return bundle;
    }

    /** One case: its outcome counted and checked; returns the state the next case starts from. */
    private DataState run(int i, Path file, FuzzBundle bundle, boolean newVersion, DataState before) {
        String mustRefuse = SpecOracle.mustRefuse(file);
        long t0 = System.nanoTime();
        String label = "seed " + SEED + " case " + i + (newVersion ? " " : " (new version not asked for) ")
                + bundle.notes();
        if (mustRefuse != null && bundle.valid()) {
            fail(label, file, "the oracle contradicts itself: a valid bundle that must be refused as " + mustRefuse);
        }
        String code = programCode(file);
        boolean held = code != null && context.rounds().all().stream().anyMatch(r -> r.programCode().equals(code));
        try {
            ImportOutcome outcome = context.imports().importBundle(file, newVersion, "fuzz", ReadProgress.NONE);
            count("imported " + outcome.kind());
            checkSlow(label, t0);
            if (mustRefuse != null) {
                fail(label, file, "imported although " + mustRefuse);
            }
            if (outcome.kind() == ImportOutcome.Kind.NEW_VERSION && !newVersion) {
                fail(label, file, "a new version was imported without being asked for");
            }
            checkImported(label, file, outcome, before);
            return DataState.of(context, root);
        } catch (BundleRefusedException e) {
            boolean askFirst = e instanceof NewVersionRequiredException;
            count("refused " + (askFirst ? "(new version not asked for)" : e.problems().isEmpty() ? "(no problem)"
                    : e.problems().get(0).message().key()));
            checkSlow(label, t0);
            checkRefusal(label, file, e);
            if (askFirst && (newVersion || !held)) {
                fail(label, file, "asked to confirm a new version, but " + (newVersion ? "it was confirmed"
                        : "no round " + code + " is held"));
            }
            // "is a new version of the round and is imported only on an explicit choice": a valid
            // bundle may be held back only for that choice.
            if (bundle.valid() && !(askFirst && !newVersion)) {
                fail(label, file, "a valid bundle was refused: " + EntryMutations.shorten(e.render(KOREAN)));
            }
        } catch (Throwable t) {
            count("escaped " + t.getClass().getName());
            fail(label, file, "escaped " + t + at(t));
        }
        DataState after = DataState.of(context, root);
        if (!after.equals(before)) {
            fail(label, file, "a refusal changed the data folder: " + diff(before, after));
        }
        return after;
    }

    private void checkImported(String label, Path file, ImportOutcome outcome, DataState before) {
        try {
            if (outcome.kind() == ImportOutcome.Kind.UNCHANGED) {
                assertThat(DataState.of(context, root)).as("the same bundle again changes nothing").isEqualTo(before);
                return;
            }
            RoundCheck.of(file).assertFullyThere(context, outcome.versionNo());
            String wrong = SpecOracle.importedWrongly(file, context, outcome.round());
            if (wrong != null) {
                fail(label, file, "imported, but not as the bundle says: " + wrong);
            }
        } catch (Exception | AssertionError e) {
            fail(label, file, "imported, but not consistently: " + e);
        }
    }

    /** The manifest's program.code as a plain parser reads it, or null. */
    private static String programCode(Path file) {
        try (java.util.zip.ZipFile zip = SpecOracle.open(file)) {
            java.util.zip.ZipEntry manifest = zip.getEntry(FuzzBundle.MANIFEST);
            if (manifest == null) {
                return null;
            }
            try (var in = zip.getInputStream(manifest)) {
                var code = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("program").path("code");
                return code.isTextual() ? code.asText() : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void checkRefusal(String label, Path file, BundleRefusedException e) {
        if (e.problems().isEmpty()) {
            fail(label, file, "refused without a problem");
        }
        for (BundleProblem problem : e.problems()) {
            String text = problem.render(KOREAN);
            if (problem.file().isBlank() || !KOREAN.has(problem.message().key()) || !isKorean(text)) {
                fail(label, file, "a problem without file or Korean text: file '" + problem.file() + "', key "
                        + problem.message().key() + ", text " + EntryMutations.shorten(text));
            }
        }
        if (e.render(KOREAN).isBlank()) {
            fail(label, file, "a blank refusal");
        }
    }

    private static boolean isKorean(String text) {
        return !text.isBlank() && text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private void checkSlow(String label, long t0) {
        long nanos = System.nanoTime() - t0;
        if (nanos > SLOW_NANOS) {
            failures.add(label + ": took " + nanos / 1_000_000 + " ms");
        }
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private void fail(String label, Path file, String what) {
        failures.add(label + ": " + what);
        String dir = System.getProperty("tipa.project.dir");
        if (dir != null) {
            try {
                Path kept = Files.createDirectories(Path.of(dir, "target", "fuzz-failures"));
                Files.copy(file, kept.resolve(SEED + "-" + file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                failures.add("could not keep " + file + ": " + e);
            }
        }
    }

    private static String at(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            where.append("\n    at ").append(trace[i]);
        }
        return where.toString();
    }

    private static String diff(DataState before, DataState after) {
        List<String> gone = new ArrayList<>(before.database());
        gone.removeAll(after.database());
        List<String> added = new ArrayList<>(after.database());
        added.removeAll(before.database());
        List<String> filesGone = new ArrayList<>(before.files());
        filesGone.removeAll(after.files());
        List<String> filesAdded = new ArrayList<>(after.files());
        filesAdded.removeAll(before.files());
        return "rows gone " + gone + ", added " + added + "; files gone " + filesGone + ", added " + filesAdded;
    }
}
