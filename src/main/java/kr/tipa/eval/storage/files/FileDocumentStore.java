package kr.tipa.eval.storage.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.storage.DocumentStore;

/**
 * Documents as files named by their SHA-256 under {@code documents/} of the data folder, staged under
 * {@code staging/} of the same folder and moved into place only when an import is accepted.
 */
public final class FileDocumentStore implements DocumentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path staging;

    public FileDocumentStore(Path dataFolder) {
        this.root = dataFolder.resolve("documents");
        this.staging = dataFolder.resolve("staging");
    }

    @Override
    public Staging beginStaging() throws IOException {
        Path area = staging.resolve(UUID.randomUUID().toString());
        Files.createDirectories(area);
        return new FileStaging(area);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Removes staging areas a crashed import left behind. */
    public void sweepStaging() throws IOException {
        if (Files.isDirectory(staging)) {
            deleteTree(staging);
        }
    }

    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private final class FileStaging implements Staging {
        private final Path area;
        private final PipelinedWriter writer = new PipelinedWriter(PipelinedWriter.plainFiles());
        private int next;

        FileStaging(Path area) {
            this.area = area;
        }

        @Override
        public Path stage(InputStream content) throws IOException {
            Path file = area.resolve(Integer.toString(next++));
            writer.write(file, content);
            return file;
        }

        @Override
        public void keep(Path staged, String sha256) throws IOException {
            writer.await(staged);
            Path target = pathOf(sha256);
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // The same content arrived twice in one bundle: one copy is enough.
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
            deleteTree(area);
            try {
                Files.deleteIfExists(staging);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // Another import is staging at the same time.
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
}
