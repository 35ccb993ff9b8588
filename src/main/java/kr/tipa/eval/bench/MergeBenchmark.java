package kr.tipa.eval.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.service.PanelPackage;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.signing.SigningIdentity;

/**
 * The agency's merge of P panels × A applications × E members — importing the P signed panel result
 * workbooks (signature, recomputation, storage) and computing the merged results — beside the single
 * laptop's aggregation of the same scores (one database holding all P·A applications × E evaluators'
 * sheets, {@code ResultsService.results}). The panels' workbooks are made once, the way chairs make them
 * (a package per panel, each member's scores loaded, finalised, exported and signed); each measured
 * run starts from a fresh copy of the agency's database.
 */
public final class MergeBenchmark {

    private final Path work;
    private final int panels;
    private final int perPanel;
    private final int members;
    private final int rounds;

    public MergeBenchmark(Path work, int panels, int perPanel, int members, int rounds) {
        this.work = work;
        this.panels = panels;
        this.perPanel = perPanel;
        this.members = members;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        Path root = Files.createDirectories(work.resolve("merge"));
        SigningIdentity agency = new IdentityService().create("중소기업기술정보진흥원", "");
        long setup = System.nanoTime();
        Path agencyTemplate = root.resolve("agency");
        List<Path> results = new ArrayList<>();
        Path round = root.resolve("round.tbundle");
        write(round, agency);
        try (AppContext context = BenchContexts.encrypted(agencyTemplate)) {
            context.imports().importBundle(round, false, "bench", ReadProgress.NONE);
            Round held = context.rounds().require(null);
            List<PanelPackage> packages = context.panelPackages().split(held, root.resolve("packages"), "bench",
                    ReadProgress.NONE);
            for (int p = 0; p < panels; p++) {
                results.add(chair(root, p, packages.get(p).file()));
            }
        }
        Path single = root.resolve("single");
        singleLaptop(single);
        double setupSeconds = (System.nanoTime() - setup) / 1e9;

        double[] oursMs = new double[rounds];
        double[] importMs = new double[rounds];
        double[] baselineMs = new double[rounds];
        int selected = 0;
        for (int i = -1; i < rounds; i++) {
            Path copy = root.resolve("agency-run-" + (i + 1));
            copyTree(agencyTemplate, copy);
            try (AppContext context = BenchContexts.encrypted(copy)) {
                Round held = context.rounds().require(null);
                long t0 = System.nanoTime();
                context.panelResults().importAll(held, results, "bench");
                long t1 = System.nanoTime();
                RoundResults merged = context.results().results(held);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    importMs[i] = (t1 - t0) / 1e6;
                    oursMs[i] = (t2 - t0) / 1e6;
                }
                selected = (int) merged.selectedCount();
            }
            deleteTree(copy);
            try (AppContext context = BenchContexts.encrypted(single)) {
                Round held = context.rounds().require(null);
                long t0 = System.nanoTime();
                RoundResults one = context.results().results(held);
                long t1 = System.nanoTime();
                if (i >= 0) {
                    baselineMs[i] = (t1 - t0) / 1e6;
                }
                if (one.selectedCount() != selected) {
                    throw new IllegalStateException("the merged round selects " + selected + ", the single laptop "
                            + one.selectedCount() + ": the same scores must give the same results");
                }
            }
        }
        String name = String.format("merge %d panels × %d × %d", panels, perPanel, members);
        report.add(name, BenchReport.median(oursMs), BenchReport.median(baselineMs), "ms",
                "for information (baseline: one laptop)");
        report.note(String.format("merge = import of %d signed panel results (verify, recompute, store) %.0f ms"
                + " + merged results %.0f ms; baseline = ResultsService.results over the same %d × %d sheets on one"
                + " database; median of %d after a warm-up; both select %d; set-up %.0f s",
                panels, BenchReport.median(importMs), BenchReport.median(oursMs) - BenchReport.median(importMs),
                panels * perPanel, members, rounds, selected, setupSeconds));
        deleteTree(root);
    }

    private static String panelId(int p) {
        return String.format("P%02d", p + 1);
    }

    private static String receipt(int p, int i) {
        return String.format("2024-EXP-%05d", p * 1_000 + i + 1);
    }

    /** The same score of indicator {@code k} wherever application (p, i) and member e are scored. */
    private static int score(int p, int i, int e, int k) {
        int g = p * 1_000 + i;
        return 4 + (g * 7 + e * 3 + k) % 7;
    }

    /**
     * The agency's round ({@code only} = -1: every panel with its roster) or one panel's package (only that
     * panel and its applications), signed by the agency.
     */
    private void write(Path zip, SigningIdentity agency) throws IOException {
        ObjectNode manifest = BenchBundles.manifest();
        manifest.put("formatVersion", 2);
        ArrayNode list = manifest.putArray("panels");
        manifest.putArray("conflicts");
        BundleWriter writer = new BundleWriter(manifest);
        for (int p = 0; p < panels; p++) {
            ObjectNode panel = list.addObject().put("id", panelId(p)).put("name", "제" + (p + 1) + "분과");
            ArrayNode roster = panel.putArray("members");
            for (int e = 1; e <= members; e++) {
                roster.addObject().put("evaluatorId", panelId(p) + "E" + e).put("name", "위원 " + panelId(p) + "-" + e)
                        .put("role", e == 1 ? "CHAIR" : "MEMBER");
            }
            ArrayNode receipts = panel.putArray("receiptNos");
            for (int i = 0; i < perPanel; i++) {
                String receipt = receipt(p, i);
                receipts.add(receipt);
                writer.add(BenchBundles.application(receipt, p * 1_000 + i + 1));
                attachRequired(writer, receipt);
            }
        }
        writer.signWith(m -> ManifestSignatures.sign(m, agency)).write(zip);
    }

    private static void attachRequired(BundleWriter writer, String receipt) {
        writer.attach(receipt, "PARTICIPATION_PLAN", "documents/참가계획서.pdf", BundleWriter.Content.of(
                ("%PDF-1.4\n% plan " + receipt + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        writer.attach(receipt, "PRIVACY_CONSENT_KSURE", "documents/개인정보동의서.pdf", BundleWriter.Content.of(
                ("%PDF-1.4\n% consent " + receipt + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
    }

    /** One chair's laptop: the package, every member's scores, finalised, the signed panel result. */
    private Path chair(Path root, int p, Path pkg) throws Exception {
        try (AppContext chair = BenchContexts.encrypted(root.resolve("chair-" + panelId(p)))) {
            chair.imports().importBundle(pkg, false, "bench", ReadProgress.NONE);
            Round round = chair.rounds().require(null);
            for (int e = 1; e <= members; e++) {
                String id = panelId(p) + "E" + e;
                chair.evaluators().add(id, "위원 " + panelId(p) + "-" + e, "", e == 1);
                if (e == 1) {
                    chair.keys().create(id, "위원장 " + panelId(p), "");
                    chair.scoring().acceptPledge(round, id, "보안·청렴 서약");
                }
                load(chair, round, id, p, e);
            }
            chair.chair().finalise(round, "위원장 " + panelId(p), true, true);
            Path file = root.resolve(panelId(p) + "-result.xlsx");
            chair.resultWorkbooks().export(round, file);
            return file;
        }
    }

    /** Every application of every panel on one laptop, scored by E1…E7 exactly as the panels' members scored. */
    private void singleLaptop(Path folder) throws Exception {
        Path bundle = folder.resolveSibling("single.tbundle");
        BundleWriter writer = new BundleWriter(BenchBundles.manifest());
        for (int p = 0; p < panels; p++) {
            for (int i = 0; i < perPanel; i++) {
                writer.add(BenchBundles.application(receipt(p, i), p * 1_000 + i + 1));
                attachRequired(writer, receipt(p, i));
            }
        }
        writer.write(bundle);
        try (AppContext laptop = BenchContexts.encrypted(folder)) {
            laptop.imports().importBundle(bundle, false, "bench", ReadProgress.NONE);
            Round round = laptop.rounds().require(null);
            for (int e = 1; e <= members; e++) {
                laptop.evaluators().add("E" + e, "위원 " + e, "", false);
                for (int p = 0; p < panels; p++) {
                    load(laptop, round, "E" + e, p, e);
                }
            }
        }
    }

    private void load(AppContext context, Round round, String evaluatorId, int p, int e) throws IOException {
        List<Indicator> indicators = round.program().rubric().indicators();
        List<ScoreCsv.Row> rows = new ArrayList<>();
        int line = 2;
        for (int i = 0; i < perPanel; i++) {
            for (int k = 0; k < indicators.size(); k++) {
                rows.add(new ScoreCsv.Row(line++, receipt(p, i), indicators.get(k).id(),
                        BigDecimal.valueOf(score(p, i, e, k)), k % 3 == 0 ? "지표 의견 " + k : ""));
            }
        }
        Path csv = Files.createTempFile("scores-" + evaluatorId, ".csv");
        try {
            StringBuilder text = new StringBuilder("receiptNo,indicatorId,score,comment\n");
            rows.forEach(r -> text.append(r.receiptNo()).append(',').append(r.indicatorId()).append(',')
                    .append(r.score().toPlainString()).append(',').append(r.comment()).append('\n'));
            Files.writeString(csv, text);
            context.scoreLoads().load(round, evaluatorId, ScoreCsv.read(csv), "bench", false);
        } finally {
            Files.deleteIfExists(csv);
        }
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

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
