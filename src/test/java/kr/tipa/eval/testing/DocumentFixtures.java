package kr.tipa.eval.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real HWP and HWPX documents kept in src/test/resources/fixtures (made by Hancom Office and others;
 * their origin and licence are in that folder's README). The project carries them, so a missing folder is
 * a broken checkout and fails the tests that need it rather than skipping them.
 */
public final class DocumentFixtures {

    private static final Path FOLDER = Path.of(System.getProperty("tipa.project.dir", "."), "src", "test",
            "resources", "fixtures");

    private DocumentFixtures() {
    }

    public static Path folder() {
        if (!Files.isDirectory(FOLDER)) {
            throw new IllegalStateException("the document fixtures are missing: " + FOLDER.toAbsolutePath());
        }
        return FOLDER;
    }

    /** One fixture by its path below the folder, e.g. {@code hwp/etc.hwp}. */
    public static Path get(String name) {
        return folder().resolve(name);
    }

    /** Every HWP and HWPX fixture, in name order. */
    public static List<Path> all() {
        try (Stream<Path> walk = Files.walk(folder())) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".hwp") || p.toString().endsWith(".hwpx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
