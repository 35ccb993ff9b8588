package kr.tipa.eval.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.testing.Panels;

/**
 * The panel of five behind the guide's pictures: who scores the demo round how (each application's quality,
 * each evaluator's lean, a little noise, one evaluator far off on one application), and the other four
 * evaluators' signed sheet files, made on databases of their own as their laptops would.
 */
final class GuidePanel {

    /** The other evaluators: id, name. */
    static final Map<String, String> OTHERS = new LinkedHashMap<>();

    static {
        OTHERS.put("E02", "이수출");
        OTHERS.put("E03", "박무역");
        OTHERS.put("E04", "최보험");
        OTHERS.put("E05", "정기술");
    }

    /** Indexes (0-based) of the demo applications that fail screening outright: nobody needs to score them. */
    static final List<Integer> INELIGIBLE = List.of(4, 7, 10, 13);
    /** Each demo application's quality: the total an unbiased evaluator would give. */
    static final int[] QUALITY = {78, 72, 66, 84, 0, 58, 69, 0, 63, 75, 0, 55, 81, 0, 61, 70, 64, 52, 74, 67};
    /** How each evaluator leans. */
    static final Map<String, Integer> BIAS = Map.of("E01", 0, "E02", 3, "E03", -4, "E04", 1, "E05", -2);

    private GuidePanel() {
    }

    static String receipt(int index) {
        return String.format("2024-EXP-%04d", index + 1);
    }

    /** The total evaluator {@code id} gives application {@code index}: quality, lean, a little noise. */
    private static int total(String id, int index) {
        int e = Integer.parseInt(id.substring(1));
        int noise = (index * 7 + e * 3) % 7 - 3;
        int total = QUALITY[index] + BIAS.get(id) + noise;
        if (id.equals("E04") && index == 8) {
            total += 24; // one evaluator far above the others: a spread alert for the chair
        }
        return Math.max(0, Math.min(100, total));
    }

    /** Rows of ten indicator scores adding up to {@code total}, not all the same. */
    private static List<ScoreCsv.Row> rows(Round round, int index, int total, int firstLine) {
        List<Indicator> indicators = round.program().rubric().indicators();
        int[] s = new int[indicators.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = total / s.length + (k < total % s.length ? 1 : 0);
        }
        int[][] pairs = {{0, 7}, {2, 5}, {4, 9}, {6, 1}};
        for (int p = 0; p < pairs.length; p++) {
            int up = pairs[p][(index + p) % 2];
            int down = pairs[p][(index + p + 1) % 2];
            if (s[up] < 10 && s[down] > 0) {
                s[up]++;
                s[down]--;
            }
        }
        List<ScoreCsv.Row> rows = new ArrayList<>();
        for (int k = 0; k < s.length; k++) {
            rows.add(new ScoreCsv.Row(firstLine + k, receipt(index), indicators.get(k).id(), BigDecimal.valueOf(s[k]),
                    ""));
        }
        return rows;
    }

    /** Loads evaluator {@code id}'s sheets for the applications {@code indexes}, submitted unless {@code draft}. */
    static void score(AppContext context, Round round, String id, List<Integer> indexes, boolean draft) {
        List<ScoreCsv.Row> rows = new ArrayList<>();
        for (int index : indexes) {
            rows.addAll(rows(round, index, total(id, index), 2 + rows.size()));
        }
        context.scoreLoads().load(round, id, Panels.parsed(id + ".csv", rows), Panels.CHAIR, draft);
    }

    static List<Integer> eligible() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < QUALITY.length; i++) {
            if (!INELIGIBLE.contains(i)) {
                all.add(i);
            }
        }
        return all;
    }

    /** Each other evaluator's signed sheet file, made on a database of their own (two at a time). */
    static List<Path> othersSignedSheets(Path root, Path bundle) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> files = new ArrayList<>();
            for (Map.Entry<String, String> e : OTHERS.entrySet()) {
                files.add(pool.submit(() -> signedSheets(root, bundle, e.getKey(), e.getValue())));
            }
            List<Path> paths = new ArrayList<>();
            for (Future<Path> f : files) {
                paths.add(f.get());
            }
            return paths;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path signedSheets(Path root, Path bundle, String id, String name) throws Exception {
        Path folder = root.resolve("laptop-" + id);
        try (AppContext laptop = Panels.open(folder.resolve("data"))) {
            Round round = Panels.importBundle(laptop, bundle);
            laptop.evaluators().add(id, name, "한국무역협회", true);
            laptop.keys().create(id, name, "한국무역협회");
            laptop.scoring().acceptPledge(round, id, "서약");
            List<Integer> mine = eligible();
            if (id.equals("E05")) {
                // the last two are still drafts when the file is sent: the chair sees them missing
                score(laptop, round, id, mine.subList(0, mine.size() - 2), false);
                score(laptop, round, id, mine.subList(mine.size() - 2, mine.size()), true);
            } else {
                score(laptop, round, id, mine, false);
            }
            Path file = folder.resolve("평가표_" + id + "_" + DemoRound.PROGRAM_CODE + ".xlsx");
            laptop.sheetExports().export(round, id, file);
            return file;
        }
    }
}
