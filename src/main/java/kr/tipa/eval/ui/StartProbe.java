package kr.tipa.eval.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;

/**
 * Cold start to a usable window, for the {@code bench start} command: started in a fresh JVM, it
 * reports the milliseconds from the JVM's start until the window is usable — for {@code hello}, a
 * plain JavaFX window with one label has drawn its first frame; for {@code prompt}, the encrypted
 * folder's password prompt is shown; for {@code app}, the workspace shows the round's applications
 * (password given) — and then the heap still in use after a full collection.
 */
public final class StartProbe {

    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] usableAt = new long[1];
        AppContext[] opened = new AppContext[1];
        Platform.startup(() -> {
            if (args[0].equals("hello")) {
                Stage stage = new Stage();
                stage.setScene(new Scene(new javafx.scene.layout.StackPane(new Label("Hello, JavaFX")), 640, 480));
                stage.show();
                whenTrue(() -> true, usableAt, done);
            } else {
                Messages messages = Messages.korean();
                WindowSecrets secrets = new WindowSecrets(messages);
                boolean prompt = args[0].equals("prompt");
                if (!prompt) {
                    secrets.remember(args[2].toCharArray());
                }
                AppContext context = new AppContext(Path.of(args[1]), messages, Clock.systemDefaultZone(), secrets);
                opened[0] = context;
                Stage stage = new MainWindow(context, secrets, false, () -> { }).show();
                whenTrue(prompt ? () -> stage.getScene().lookup("#passwordField") != null : () -> {
                    var table = stage.getScene().lookup(".table-view");
                    return table instanceof TableView<?> view && !view.getItems().isEmpty();
                }, usableAt, done);
            }
        });
        done.await();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.println("USABLE_MS " + (usableAt[0] - start));
        System.out.println("HEAP_BYTES " + heap);
        System.out.flush();
        // As the window does on closing: the next start opens a cleanly closed database, not a crashed one.
        if (opened[0] != null) {
            opened[0].close();
        }
        Platform.exit();
        System.exit(0);
    }

    /** Checks on every frame; the first frame after the condition holds is when a person could use it. */
    private static void whenTrue(java.util.function.BooleanSupplier condition, long[] usableAt, CountDownLatch done) {
        new AnimationTimer() {
            private boolean ready;

            @Override
            public void handle(long now) {
                if (ready) {
                    usableAt[0] = System.currentTimeMillis();
                    stop();
                    done.countDown();
                } else if (condition.getAsBoolean()) {
                    ready = true;
                }
            }
        }.start();
    }
}
