package kr.tipa.eval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A split is all-or-nothing over its output folder: every package is written into a hidden folder beside
 * it, and only once all are written and checked are they moved in. Into a folder that does not exist yet
 * the hidden folder is simply renamed; into one that does, each file moves in alone, a file of the same
 * name (an earlier split) being set aside first and put back if any later move fails. Whatever happens,
 * the hidden folder goes when this is closed.
 */
final class PackageFolder implements AutoCloseable {

    private static final String REPLACED = ".replaced";

    private final Path target;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean published;

    private PackageFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * @throws RefusedException when {@code target} exists and is not a folder
     */
    static PackageFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new RefusedException("split.refused.notFolder", absolute);
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            return new PackageFolder(absolute, Files.createTempDirectory(parent,
                    "." + absolute.getFileName() + ".split-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the package of this name is written before it is published. */
    Path staged(String name) {
        names.add(name);
        return staging.resolve(name);
    }

    Path target() {
        return target;
    }

    /** Moves every staged package into the output folder, or none of them. */
    void publish() {
        try {
            if (!Files.exists(target)) {
                move(staging, target);
                published = true;
                return;
            }
            Path aside = Files.createDirectories(staging.resolve(REPLACED));
            List<String> moved = new ArrayList<>();
            try {
                for (String name : names) {
                    if (Files.exists(target.resolve(name))) {
                        move(target.resolve(name), aside.resolve(name));
                    }
                    move(staging.resolve(name), target.resolve(name));
                    moved.add(name);
                }
            } catch (IOException | RuntimeException e) {
                putBack(moved, aside, e);
                throw e;
            }
            published = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putBack(List<String> moved, Path aside, Exception failure) {
        for (String name : names) {
            try {
                if (moved.contains(name)) {
                    Files.deleteIfExists(target.resolve(name));
                }
                if (Files.exists(aside.resolve(name))) {
                    move(aside.resolve(name), target.resolve(name));
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() {
        if (published && !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover hidden folder is named as a split's; it holds nothing the output folder lacks.
        }
    }
}
