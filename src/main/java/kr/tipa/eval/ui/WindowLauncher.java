package kr.tipa.eval.ui;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.cli.CliEnvironment;
import kr.tipa.eval.cli.CommonOptions;
import kr.tipa.eval.cli.ExitCode;

/**
 * Starts the JavaFX toolkit and the main window without a static Application subclass, so that the
 * window receives its context through its constructor like everything else.
 */
public final class WindowLauncher {

    private WindowLauncher() {
    }

    /** On Linux a window needs an X11 or Wayland display; elsewhere there always is one. */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"));
    }

    /**
     * JavaFX words its own buttons (OK, Cancel, Yes, No) in the JVM's default language: make that the
     * window's, so that a Korean window on an English or "C" system does not show English buttons.
     */
    static void followLanguage(kr.tipa.eval.i18n.Messages messages) {
        Locale.setDefault(messages.locale());
    }

    /** Opens the window until it is closed; {@code bundle}, when not null, is imported once the window is ready. */
    public static int open(CliEnvironment env, CommonOptions options, boolean demo, java.nio.file.Path bundle) {
        if (!hasDisplay()) {
            env.err().println(env.messages().get("ui.error.noDisplay"));
            return ExitCode.OTHER;
        }
        CountDownLatch closed = new CountDownLatch(1);
        followLanguage(env.messages());
        WindowSecrets secrets = new WindowSecrets(env.messages());
        AppContext context = new AppContext(env.folder(options), env.messages(), env.clock(), secrets);
        try {
            Platform.startup(() -> {
                try {
                    new MainWindow(context, secrets, demo, closed::countDown).opening(bundle).show();
                } catch (RuntimeException e) {
                    env.err().println(env.messages().get("cli.error.unexpected", e.getClass().getSimpleName(),
                            String.valueOf(e.getMessage())));
                    closed.countDown();
                }
            });
            closed.await();
            return ExitCode.OK;
        } catch (IllegalStateException | UnsupportedOperationException e) {
            env.err().println(env.messages().get("ui.error.toolkit", String.valueOf(e.getMessage())));
            return ExitCode.OTHER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OTHER;
        } finally {
            context.close();
            Platform.exit();
        }
    }
}
