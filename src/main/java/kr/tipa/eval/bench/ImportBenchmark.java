package kr.tipa.eval.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.DocumentStaging;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.io.DurableFiles;

/**
 * Import of N applications with a PDF each, against its floor measured in the same run: reading,
 * checksumming and parsing the same ZIP (the reader with nothing kept), plus writing as many bytes as the
 * documents hold into one file on the same disk and forcing it once.
 */
public final class ImportBenchmark {

    private final Path work;
    private final int applications;
    private final int pdfBytes;
    private final int rounds;

    public ImportBenchmark(Path work, int applications, int pdfBytes, int rounds) {
        this.work = work;
        this.applications = applications;
        this.pdfBytes = pdfBytes;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        Path bundle = work.resolve("bench-" + applications + ".tbundle");
        long generateStart = System.nanoTime();
        if (!Files.exists(bundle)) {
            BenchBundles.write(bundle, applications, pdfBytes);
        }
        double generated = seconds(generateStart);
        long documentBytes = baseline(bundle);
        double[] reading = new double[rounds];
        double[] writing = new double[rounds];
        double[] floor = new double[rounds];
        double[] ours = new double[rounds];
        long peak = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            baseline(bundle);
            reading[i] = seconds(start);
            Path floorFolder = work.resolve("floor-" + i);
            start = System.nanoTime();
            writeAndForce(floorFolder.resolve("documents.bin"), documentBytes);
            writing[i] = seconds(start);
            floor[i] = reading[i] + writing[i];
            delete(floorFolder);
            Path folder = work.resolve("import-" + i);
            HeapSampler.reset();
            start = System.nanoTime();
            try (AppContext context = BenchContexts.encrypted(folder)) {
                context.imports().importBundle(bundle, false, "bench", ReadProgress.NONE);
            }
            ours[i] = seconds(start);
            peak = Math.max(peak, HeapSampler.peakBytes());
            delete(folder);
        }
        String name = String.format("import %,d apps × %.1f MB PDF", applications, pdfBytes / 1048576.0);
        report.add(name, BenchReport.median(ours), BenchReport.median(floor), "s", "≤ 1.3× floor");
        report.add("  floor: read + checksum + parse the bundle", BenchReport.median(reading), Double.NaN, "s", "");
        report.add(String.format("  floor: write %,d MB to one file, force once", documentBytes / 1048576),
                BenchReport.median(writing), Double.NaN, "s", "same disk as the data folder");
        report.add("  peak heap during import", peak / 1048576.0, Double.NaN, "MB",
                String.format("≤ 256 MB (-Xmx %d MB)", Runtime.getRuntime().maxMemory() / 1048576));
        report.note(String.format("bundle %.0f MB generated in %.1f s; median of %d runs; floor = the two parts of"
                + " the same run added", Files.size(bundle) / 1048576.0, generated, rounds));
    }

    /** Reads, checksums and parses the bundle keeping nothing; returns the documents' total size. */
    private static long baseline(Path bundle) throws Exception {
        long[] total = new long[1];
        DocumentStaging counting = content -> {
            total[0] += content.transferTo(OutputStream.nullOutputStream());
            return null;
        };
        new BundleReader().read(bundle, counting, ReadProgress.NONE);
        return total[0];
    }

    /**
     * What storing the documents cannot go below: the same number of bytes written into one new file
     * beside the data folder and forced to the disk once (with the folder's entry).
     */
    private static void writeAndForce(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] block = new byte[1 << 20];
        new java.util.Random(17).nextBytes(block);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long left = bytes; left > 0; left -= block.length) {
                // a different first byte per block: nothing along the way can fold repeated blocks together
                block[0] = (byte) left;
                ByteBuffer buffer = ByteBuffer.wrap(block, 0, (int) Math.min(block.length, left));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            channel.force(false);
        }
        DurableFiles.forceFolder(file.getParent());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
