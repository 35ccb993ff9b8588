package kr.tipa.eval.ui;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs open over the main window (alerts, the certificate picker), as a test reads and closes them,
 * and a picture of the window with them drawn where they stand.
 */
final class OpenDialogs {

    private final FxRobot robot;
    private final Supplier<Stage> stage;

    OpenDialogs(FxRobot robot, Supplier<Stage> stage) {
        this.robot = robot;
        this.stage = stage;
    }

    List<Window> all() {
        return Window.getWindows().stream().filter(w -> w != stage.get() && w.isShowing() && w.getScene() != null
                && (w.getScene().getRoot().lookup(".dialog-pane") != null
                        || w.getScene().getRoot().lookup(".certificate-picker") != null)).toList();
    }

    boolean none() {
        return all().isEmpty();
    }

    Optional<DialogPane> pane() {
        return all().stream().map(w -> (DialogPane) w.getScene().getRoot().lookup(".dialog-pane")).findFirst();
    }

    String header() {
        return pane().map(p -> p.getHeaderText() == null ? "" : p.getHeaderText()).orElse("");
    }

    String text() {
        return pane().map(p -> p.lookup(".text-area")).map(n -> ((javafx.scene.control.TextArea) n).getText())
                .orElse("");
    }

    List<String> buttons() {
        return pane().map(p -> p.getButtonTypes().stream().map(t -> ((Button) p.lookupButton(t)).getText())
                .toList()).orElse(List.of());
    }

    Optional<TextField> field() {
        return pane().map(p -> p.lookup(".text-field")).map(TextField.class::cast);
    }

    void closeAll() {
        robot.interact(() -> all().forEach(Window::hide));
        FxTestSupport.waitUntil(this::none);
    }

    /** Writes the window with every open dialog over it (a dialog is a window of its own) as a PNG. */
    void picture(Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] main = new WritableImage[1];
        List<WritableImage> dialogImages = new ArrayList<>();
        List<double[]> places = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = stage.get().getScene();
            main[0] = scene.snapshot(null);
            for (Window dialog : all()) {
                dialogImages.add(dialog.getScene().snapshot(null));
                places.add(new double[] {dialog.getX() + dialog.getScene().getX() - stage.get().getX() - scene.getX(),
                        dialog.getY() + dialog.getScene().getY() - stage.get().getY() - scene.getY()});
            }
        });
        BufferedImage base = SwingFXUtils.fromFXImage(main[0], null);
        BufferedImage picture = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.drawImage(base, 0, 0, null);
        for (int i = 0; i < dialogImages.size(); i++) {
            BufferedImage d = SwingFXUtils.fromFXImage(dialogImages.get(i), null);
            int x = (int) Math.round(places.get(i)[0]);
            int y = (int) Math.round(places.get(i)[1]);
            if (x < 0 || y < 0 || x + d.getWidth() > base.getWidth() || y + d.getHeight() > base.getHeight()) {
                x = (base.getWidth() - d.getWidth()) / 2;
                y = (base.getHeight() - d.getHeight()) / 2;
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
            g.setColor(Color.BLACK);
            g.fillRect(x + 4, y + 5, d.getWidth(), d.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.drawImage(d, x, y, null);
            g.setColor(new Color(0x80, 0x80, 0x80));
            g.drawRect(x - 1, y - 1, d.getWidth() + 1, d.getHeight() + 1);
        }
        g.dispose();
        try {
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
