package kr.tipa.eval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up beside the key derivation touches no data, no key and no file of the folder. */
class WarmUpTest {

    @TempDir
    Path root;

    @Test
    void aNewFolderStaysUncreated() {
        Path folder = root.resolve("new");
        AtomicInteger asked = new AtomicInteger();
        try (AppContext context = new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), () -> {
            asked.incrementAndGet();
            return Panels.PASSWORD.toCharArray();
        })) {
            context.warmUp();
        }
        assertThat(folder).doesNotExist();
        assertThat(asked).hasValue(0);
    }

    @Test
    void anEncryptedFolderIsLeftAsItWasWithoutItsPassword() throws Exception {
        Path folder = root.resolve("data");
        try (AppContext context = Panels.open(folder)) {
            Path bundle = root.resolve("round.zip");
            Fixtures.bundle(2).write(bundle);
            Panels.importBundle(context, bundle);
        }
        Map<String, String> before = listing(folder);
        AtomicInteger asked = new AtomicInteger();
        try (AppContext context = new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), () -> {
            asked.incrementAndGet();
            return Panels.PASSWORD.toCharArray();
        })) {
            context.warmUp();
        }
        assertThat(listing(folder)).isEqualTo(before);
        assertThat(asked).hasValue(0);
    }

    /** Every file under {@code folder} with its size and last change. */
    private static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                files.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
