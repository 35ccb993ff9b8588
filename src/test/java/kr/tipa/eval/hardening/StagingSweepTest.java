package kr.tipa.eval.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.files.FileDocumentStore;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression for the first defect the kill test found: a killed import's {@code staging/<id>} area
 * stayed forever, since nothing ever swept it. Now each import sweeps the areas no running import
 * owns, and never one that a live import (in this JVM or another process) is still using.
 */
class StagingSweepTest {

    @TempDir
    Path root;

    @Test
    void theNextImportRemovesTheAreaOfAnImportKilledInAnotherProcess() throws Exception {
        Path data = root.resolve("data");
        Path area;
        try (ChildJvm child = ChildJvm.start(root.resolve("stage.stderr"), "stage", data.toString())) {
            area = Path.of(child.await(line -> line.startsWith("STAGED "), 60_000).substring("STAGED ".length()));
            assertThat(area).isDirectory();
            importAGoodBundle(data);
            assertThat(area).as("a live import's area is left alone").isDirectory();
            assertThat(child.kill()).isTrue();
        }
        importAGoodBundle(data);
        assertThat(area).doesNotExist();
        assertThat(data.resolve("staging")).doesNotExist();
    }

    @Test
    void anAreaOfAnotherImportRunningInThisJvmIsLeftAlone() throws Exception {
        Path data = root.resolve("data");
        FileDocumentStore one = new FileDocumentStore(data);
        FileDocumentStore other = new FileDocumentStore(data);
        try (DocumentStore.Staging first = one.beginStaging()) {
            Path staged = first.stage(new ByteArrayInputStream(new byte[] {1}));
            try (DocumentStore.Staging second = other.beginStaging()) {
                second.stage(new ByteArrayInputStream(new byte[] {2}));
            }
            assertThat(staged.getParent()).isDirectory();
        }
        assertThat(data.resolve("staging")).doesNotExist();
    }

    @Test
    void anAreaCaughtBeingSetUpIsSweptOnlyOnceItIsClearlyAbandoned() throws Exception {
        Path data = root.resolve("data");
        Path young = Files.createDirectories(data.resolve("staging").resolve("young"));
        Files.createFile(young.resolve(".lock"));
        Path old = Files.createDirectories(data.resolve("staging").resolve("old"));
        Files.createFile(old.resolve(".lock"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path dead = Files.createDirectories(data.resolve("staging").resolve("dead"));
        Files.writeString(dead.resolve(".lock"), "owned", StandardCharsets.US_ASCII);
        Files.write(dead.resolve("0"), new byte[1024]);

        new FileDocumentStore(data).sweepStaging();

        assertThat(young).as("an unmarked, recent area may be an import setting up").isDirectory();
        assertThat(old).doesNotExist();
        assertThat(dead).as("marked and unlocked: its owner died").doesNotExist();
    }

    private static void importAGoodBundle(Path data) throws Exception {
        Path bundle = data.resolveSibling("good-" + System.nanoTime() + ".zip");
        Fixtures.bundle(1).write(bundle);
        try (AppContext context = new AppContext(data, Messages.korean())) {
            context.imports().importBundle(bundle, true, "test", ReadProgress.NONE);
        }
    }
}
