package kr.tipa.eval.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The guard every window test relies on: the FX thread asking for a connection is refused and recorded. */
class FxThreadGuardTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Throwable onFxThread(Runnable work) throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                failure.complete(null);
            } catch (RuntimeException e) {
                failure.complete(e);
            }
        });
        return failure.get(20, TimeUnit.SECONDS);
    }

    @Test
    void aTransactionOnTheFxThreadIsRefusedAndRecorded() throws Exception {
        assumeTrue(FxThreadGuard.enabled(), "the pom sets tipa.assertNoDbOnFx for tests");
        try (Database database = new Database(folder)) {
            Throwable refused = onFxThread(() -> database.inTransaction(() -> 1));
            assertThat(refused).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX Application Thread");
            assertThat(FxThreadGuard.takeViolations()).hasSize(1);
        }
    }

    @Test
    void aBorrowedConnectionOnTheFxThreadIsRefusedToo() throws Exception {
        assumeTrue(FxThreadGuard.enabled());
        try (Database database = new Database(folder)) {
            Throwable refused = onFxThread(() -> {
                try (var borrowed = database.borrow()) {
                    borrowed.connection();
                } catch (java.sql.SQLException e) {
                    throw new IllegalArgumentException(e);
                }
            });
            assertThat(refused).isInstanceOf(IllegalStateException.class);
            assertThat(FxThreadGuard.takeViolations()).hasSize(1);
        }
    }

    @Test
    void anyOtherThreadIsLeftAlone() throws Exception {
        try (Database database = new Database(folder)) {
            assertThat(database.inTransaction(() -> 2)).isEqualTo(2);
            Thread worker = Thread.ofPlatform().name("tipa-worker-1").start(() -> database.inTransaction(() -> 3));
            worker.join();
            assertThat(FxThreadGuard.takeViolations()).isEmpty();
        }
    }

    @Test
    void theGuardKnowsTheToolkitsThreadByName() throws Exception {
        CompletableFuture<String> name = new CompletableFuture<>();
        Platform.runLater(() -> name.complete(Thread.currentThread().getName()));
        assertThat(name.get(20, TimeUnit.SECONDS)).isEqualTo(FxThreadGuard.FX_THREAD);
    }
}
