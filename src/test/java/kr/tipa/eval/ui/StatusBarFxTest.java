package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bench.BenchBundles;
import kr.tipa.eval.i18n.Messages;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The main window's status bar (ControlsFX): the running import's title and progress, then what it did. */
class StatusBarFxTest {

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        secrets.remember("test-password".toCharArray());
        context = new AppContext(root.resolve("data"), new Messages(Locale.KOREAN), java.time.Clock.systemDefaultZone(),
                secrets);
        context.evaluators().add("E03", "김평가", "한국무역협회", true);
        context.keys().create("E03", "김평가", "한국무역협회");
        window = new MainWindow(context, secrets, false, () -> { });
        stage = FxToolkit.setupFixture(window::show);
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
    }

    @Test
    void aRunningImportShowsItsTitleAndProgressThenTheOutcome() throws Exception {
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        ProgressBar progress = bar.lookup(".progress-bar") instanceof ProgressBar p ? p : null;
        assertThat(progress).isNotNull();
        assertThat(progress.isVisible()).as("nothing runs").isFalse();
        Path bundle = root.resolve("round.tbundle");
        BenchBundles.write(bundle, 60, 512 * 1024);
        List<String> seen = new ArrayList<>();
        WritableImage[] midway = new WritableImage[1];
        robot.interact(() -> bar.progressProperty().addListener((o, was, now) -> {
            double p = now.doubleValue();
            if (p > 0 && p < 1) {
                seen.add(bar.getText() + " @ " + (progress.isVisible() ? "shown" : "hidden"));
                if (midway[0] == null && p > 0.3) {
                    midway[0] = stage.getScene().snapshot(null);
                }
            }
        }));
        robot.interact(() -> window.importBundle(bundle));
        waitUntil(() -> robot.lookup("#agreeBox").tryQuery().isPresent());

        assertThat(seen).isNotEmpty().allMatch(s -> s.equals("읽는 중: round.tbundle @ shown"));
        assertThat(bar.getProgress()).isZero();
        assertThat(progress.isVisible()).isFalse();
        assertThat(bar.getText()).startsWith("가져왔습니다: ").endsWith("신청 60건");
        assertThat(midway[0]).as("a frame while the import ran").isNotNull();
        Path file = Path.of(System.getProperty("tipa.project.dir", "."), "target", "screenshots",
                "status-bar-import.png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(midway[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
