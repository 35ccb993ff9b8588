package kr.tipa.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.IntakeReader;
import kr.tipa.eval.bundle.ReadProgress;

/**
 * The agency's round build from folders (N applications, one document of a given size each) beside
 * the baseline of merely reading and hashing the same files: the difference is what checking the
 * inputs, writing the ZIP, signing and verifying it cost.
 */
public final class BuildBenchmark {

    private static final String[] KEYS = {"receiptNo", "submittedAt", "submissionComplete", "company.name",
        "company.businessRegistrationNo", "company.ceoName", "company.address", "company.isSme", "company.foundedOn",
        "company.employees", "rndProject.programName", "rndProject.managingAgency", "rndProject.nonRnd",
        "rndProject.projectNo", "rndProject.role", "rndProject.leadingInstituteCollaboration", "rndProject.result",
        "rndProject.completedOn", "rndProject.discontinued", "export.hasDirectExportLastYear",
        "export.lastYearExportUsd", "export.exportPlanWithinOneYear", "export.targetCountries", "credit.ksureGrade",
        "compliance.obligationsUnfulfilled", "compliance.obligationsResolvedBeforeDeadline",
        "compliance.participationRestricted", "compliance.bankruptOrClosed", "compliance.courtRehabilitationApproved",
        "groupInsurance.requested", "groupInsurance.usedLastYear", "groupInsurance.alreadyUsesGroupRider",
        "groupInsurance.premiumOverdue", "groupInsurance.fraudHistory", "plan.summary", "onlineForms"};

    private final Path work;
    private final int applications;
    private final int documentBytes;
    private final int rounds;

    public BuildBenchmark(Path work, int applications, int documentBytes, int rounds) {
        this.work = work;
        this.applications = applications;
        this.documentBytes = documentBytes;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        Path inputs = work.resolve("build-inputs-" + applications);
        long generateStart = System.nanoTime();
        if (!Files.exists(inputs.resolve("applications.csv"))) {
            generate(inputs);
        }
        double generated = seconds(generateStart);
        BuildInputs in = BuildInputs.of(inputs.resolve("program.json"), inputs.resolve("applications.csv"),
                inputs.resolve("documents"));
        Path folder = work.resolve("build-db");
        ImportBenchmark.delete(folder);
        double[] baseline = new double[rounds];
        double[] copying = new double[rounds];
        double[] reading = new double[rounds];
        double[] ours = new double[rounds];
        long peak = 0;
        long size = 0;
        try (AppContext context = BenchContexts.encrypted(folder)) {
            // The first build makes the agency's key (RSA 3072) and warms the file cache, as a real desk has.
            Path warm = work.resolve("build-warm.tbundle");
            context.roundBuilds().build(in, warm, "bench", ReadProgress.NONE);
            Files.delete(warm);
            readAndHash(inputs.resolve("documents"));
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                readAndHash(inputs.resolve("documents"));
                baseline[i] = seconds(start);
                Path copy = work.resolve("build-copy.bin");
                start = System.nanoTime();
                copyInto(inputs.resolve("documents"), copy);
                copying[i] = seconds(start);
                Files.delete(copy);
                start = System.nanoTime();
                new IntakeReader().read(in);
                reading[i] = seconds(start);
                Path out = work.resolve("build-" + i + ".tbundle");
                HeapSampler.reset();
                start = System.nanoTime();
                context.roundBuilds().build(in, out, "bench", ReadProgress.NONE);
                ours[i] = seconds(start);
                peak = Math.max(peak, HeapSampler.peakBytes());
                size = Files.size(out);
                Files.delete(out);
            }
        }
        ImportBenchmark.delete(folder);
        String name = String.format("round build %,d apps × %.1f MB from folders", applications,
                documentBytes / 1048576.0);
        report.add(name, BenchReport.median(ours), BenchReport.median(baseline), "s", "≤ 1.5×");
        report.add("  of which reading + checking the inputs", BenchReport.median(reading),
                BenchReport.median(baseline), "s", "");
        report.add("  beside copying the same files into one file", BenchReport.median(ours),
                BenchReport.median(copying), "s", "the disk's floor for the output");
        report.add("  peak heap during the build", peak / 1048576.0, Double.NaN, "MB",
                String.format("≤ 256 MB (-Xmx %d MB)", Runtime.getRuntime().maxMemory() / 1048576));
        report.note(String.format("build: baseline reads and SHA-256s the same %,d files; inputs generated in %.1f s;"
                + " bundle %.0f MB; median of %d runs", applications, generated, size / 1048576.0, rounds));
    }

    /** The baseline: every file of every receipt folder read once through SHA-256. */
    static void readAndHash(Path documents) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[256 * 1024];
        List<Path> files;
        try (Stream<Path> walk = Files.walk(documents)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.reset();
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.digest();
        }
    }

    /** A second baseline: the same bytes written into one file, as any archiver must (no hashing). */
    static void copyInto(Path documents, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(documents)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 256 * 1024)) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            }
        }
    }

    private void generate(Path inputs) throws IOException {
        Files.createDirectories(inputs);
        JsonNode program = BenchBundles.manifest().get("program");
        Files.writeString(inputs.resolve("program.json"), program.toPrettyString());
        byte[] base = BenchBundles.pdf(documentBytes, 1);
        StringBuilder csv = new StringBuilder(String.join(",", KEYS)).append(",plan.EXPORT_PLAN\r\n");
        for (int i = 1; i <= applications; i++) {
            String receipt = String.format("2024-EXP-%05d", i);
            ObjectNode application = BenchBundles.application(receipt, i);
            List<String> cells = new ArrayList<>();
            for (String key : KEYS) {
                cells.add(quoted(cell(application, key)));
            }
            cells.add(quoted(application.path("plan").path("sections").get(0).path("text").asText()));
            csv.append(String.join(",", cells)).append("\r\n");
            Path folder = Files.createDirectories(inputs.resolve("documents").resolve(receipt));
            try (OutputStream out = Files.newOutputStream(folder.resolve("참가계획서.pdf"))) {
                out.write(base);
                out.write(("\n% application " + receipt + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        Files.writeString(inputs.resolve("applications.csv"), csv);
    }

    private static String cell(JsonNode application, String key) {
        JsonNode node = application;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return String.join(";", items);
        }
        return node.isMissingNode() ? "" : node.asText();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
