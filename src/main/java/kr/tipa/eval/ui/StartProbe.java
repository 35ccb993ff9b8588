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
 * (password given); for {@code unlock}, the password is typed into the prompt and the workspace becomes
 * usable, reported also from the unlock on with the key derivation's own time — and then the heap still
 * in use after a full collection.
 */
public final class StartProbe {

    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] usableAt = new long[1];
        long[] unlockedAt = new long[1];
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
                boolean unlock = args[0].equals("unlock");
                if (!prompt && !unlock) {
                    secrets.remember(args[2].toCharArray());
                }
                AppContext context = new AppContext(Path.of(args[1]), messages, Clock.systemDefaultZone(), secrets);
                opened[0] = context;
                Stage stage = new MainWindow(context, secrets, false, () -> { }).show();
                if (unlock) {
                    typePasswordWhenAsked(stage, args[2], unlockedAt);
                }
                whenTrue(prompt ? () -> stage.getScene().lookup("#passwordField") != null
                        : unlock ? () -> workspaceUsable(stage) : () -> {
                            var table = stage.getScene().lookup(".table-view");
                            return table instanceof TableView<?> view && !view.getItems().isEmpty();
                        }, usableAt, done);
            }
        });
        done.await();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.println("USABLE_MS " + (usableAt[0] - start));
        if (unlockedAt[0] > 0) {
            System.out.println("UNLOCK_TO_USABLE_MS " + (usableAt[0] - unlockedAt[0]));
            System.out.println("PBKDF2_MS " + opened[0].keyDerivationTime().toMillis());
        }
        System.out.println("HEAP_BYTES " + heap);
        System.out.println("PEAK_HEAP_BYTES " + peak);
        System.out.flush();
        // As the window does on closing: the next start opens a cleanly closed database, not a crashed one.
        if (opened[0] != null) {
            opened[0].close();
        }
        Platform.exit();
        System.exit(0);
    }

    /** Types the password into the prompt once it shows, and presses the button: the moment a person unlocks. */
    private static void typePasswordWhenAsked(Stage stage, String password, long[] unlockedAt) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stage.getScene().lookup("#passwordField") instanceof javafx.scene.control.PasswordField field
                        && stage.getScene().lookup("#unlockButton") instanceof javafx.scene.control.Button button) {
                    stop();
                    field.setText(password);
                    unlockedAt[0] = System.currentTimeMillis();
                    button.fire();
                }
            }
        }.start();
    }

    /**
     * The workspace as a person can use it: the list drawn with its first application selected, that
     * application's plan shown (its online part and its files' tabs), its scoring form loaded, and the
     * keyboard in the workspace.
     */
    private static boolean workspaceUsable(Stage stage) {
        Scene scene = stage.getScene();
        if (!(scene.lookup(".table-view") instanceof TableView<?> table) || table.getItems().isEmpty()
                || table.getSelectionModel().getSelectedIndex() != 0) {
            return false;
        }
        if (!(scene.lookup(".plan-pane") instanceof javafx.scene.control.TabPane plan) || plan.getTabs().size() < 2) {
            return false;
        }
        var state = scene.lookup(".form-state");
        var title = scene.lookup(".form-title");
        String first = table.getItems().get(0) instanceof kr.tipa.eval.ui.workspace.WorkRow row ? row.receiptNo() : "?";
        return state != null && state.isVisible() && title instanceof Label label && label.getText().contains(first)
                && scene.getFocusOwner() != null && scene.getFocusOwner() != scene.lookup("#passwordField");
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
