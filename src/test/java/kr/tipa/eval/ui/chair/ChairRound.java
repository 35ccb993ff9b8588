package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.testing.Fixtures.object;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The chair's test round, worked by hand (every evaluator gives all ten indicators of an application the
 * same score, so a total is ten times it). Capacity 2, cutoff 60, five evaluators E1–E5.
 *
 * <pre>
 *            E1   E2   E3   E4   E5      composite         status
 * 0001       90   80   70   60  100      (90+80+70)/3=80.00 SELECTED   spread 40 → alert; 100 and 60 dropped
 * 0002 (W01) 60   70   60    –    –      190/3=63.33       SELECTED   NEEDS_REVIEW; E4, E5 missing
 * 0003       70   70   60   70   회피     270/4=67.50       SELECTED
 * 0004       50   60   50   50   50      (50+50+50)/3=50.00 NOT_SELECTED; E2's 60 and E1's 50 dropped
 * 0005 (R)   90   90   90    –    –      –                 INELIGIBLE (X06); E4, E5 not required
 * 0006       80   80  작성중   –    –      –                 INCOMPLETE; E3 draft, E4, E5 missing
 * </pre>
 *
 * Ranking: 0001 (1), 0003 (2), 0002 (3), 0004 (4), then 0005 and 0006. Three reach the cutoff; the
 * capacity line falls after 0003, the cutoff line after 0002.
 */
final class ChairRound {

    static final List<String> COMPANIES = List.of("주식회사 한빛정밀", "(주)바다소재", "누리로봇 주식회사",
            "주식회사 다온식품", "새솔화학(주)", "주식회사 별빛광학");

    private ChairRound() {
    }

    static Path bundle(Path dir) throws IOException {
        var manifest = Fixtures.manifest();
        object(manifest, "program").put("capacity", 2);
        BundleWriter writer = Fixtures.bundle(manifest, 6);
        for (int i = 1; i <= 6; i++) {
            object(writer.application(Fixtures.receiptNo(i)), "company").put("name", COMPANIES.get(i - 1));
        }
        // a wrong check digit (the valid one is 62517): NEEDS_REVIEW
        object(writer.application("2024-EXP-0002"), "company").put("businessRegistrationNo", "220-81-62518");
        object(writer.application("2024-EXP-0005"), "credit").put("ksureGrade", "R");
        Path bundle = dir.resolve("round.zip");
        writer.write(bundle);
        return bundle;
    }

    /** Imports the round and builds the panel of the table above; returns the round. */
    static Round build(AppContext context, Path dir) throws Exception {
        Round round = Panels.importBundle(context, bundle(dir));
        for (int i = 1; i <= 5; i++) {
            context.evaluators().add("E" + i, "위원" + i, "한국무역협회", false);
            context.keys().create("E" + i, "위원" + i, "한국무역협회");
        }
        context.scoring().declareConflict(round, "2024-EXP-0003", "E5", "친족");
        Panels.score(context, round, "E1", Map.of(r(1), 9, r(2), 6, r(3), 7, r(4), 5, r(5), 9, r(6), 8));
        Panels.score(context, round, "E2", Map.of(r(1), 8, r(2), 7, r(3), 7, r(4), 6, r(5), 9, r(6), 8));
        Panels.score(context, round, "E3", Map.of(r(1), 7, r(2), 6, r(3), 6, r(4), 5, r(5), 9));
        Panels.score(context, round, "E3", Map.of(r(6), 8), true);
        Panels.score(context, round, "E4", Map.of(r(1), 6, r(3), 7, r(4), 5));
        Panels.score(context, round, "E5", Map.of(r(1), 10, r(4), 5));
        return round;
    }

    /** The chair's view model over {@code context}'s services, as the main window wires it. */
    static ChairViewModel viewModel(AppContext context, BackgroundTasks tasks, Round round, ResultWorkbooks workbooks,
            String chairName) {
        return new ChairViewModel(context.chair(), context.results(), context.screening(), context.sheetImports(),
                workbooks, tasks, context.messages(), round, chairName);
    }

    static String r(int i) {
        return Fixtures.receiptNo(i);
    }

    /** Result workbooks that write a small file and say who signed; counts calls. */
    static final class FakeWorkbooks implements ResultWorkbooks {
        final AtomicInteger exports = new AtomicInteger();
        boolean provisional = true;

        @Override
        public Outcome export(Round round, Path target) {
            exports.incrementAndGet();
            write(target, "result " + round.programCode());
            return new Outcome(target, provisional, "김결정",
                    "3F:A0:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:9C");
        }

        @Override
        public Path appealPack(Round round, String receiptNo, Path target) {
            write(target, "appeal " + receiptNo);
            return target;
        }

        private static void write(Path target, String text) {
            try {
                Files.writeString(target, text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
