package kr.tipa.eval.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for background work and saving what a scene looks like. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses and releases keys on the scene's focus owner, through the same dispatch chain as a real
     * key: the glass robot's key presses do not reach Monocle's headless windows, typed text does.
     */
    public static void keys(FxRobot robot, Scene scene, KeyCode... codes) {
        for (KeyCode code : codes) {
            // runLater, not interact: a key may open a modal dialog whose nested event loop never returns here.
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                String text = code == KeyCode.ENTER ? "\r" : "";
                javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, false, false,
                        false, false));
                javafx.scene.Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                javafx.event.Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code, false, false,
                        false, false));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Writes the window's scene with its open popups (a drop-down, a notification) drawn where they are, as a
     * PNG under target/screenshots: a scene's own snapshot leaves popups out, as they are windows of their own.
     */
    public static Path snapshotWithPopups(FxRobot robot, javafx.stage.Window window, String name) {
        java.awt.image.BufferedImage[] holder = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            Scene scene = window.getScene();
            java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            java.awt.Graphics2D g = image.createGraphics();
            double originX = window.getX() + scene.getX();
            double originY = window.getY() + scene.getY();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w instanceof javafx.stage.PopupWindow popup && popup.isShowing() && popup.getOwnerWindow() == window
                        && popup.getScene() != null) {
                    // the popup's root, not its scene: Monocle washes out the colours of a popup scene's snapshot
                    WritableImage part = popup.getScene().getRoot().snapshot(null, null);
                    g.drawImage(SwingFXUtils.fromFXImage(part, null), (int) Math.round(popup.getX() - originX),
                            (int) Math.round(popup.getY() - originY), null);
                }
            }
            g.dispose();
            holder[0] = image;
        });
        Path file = Path.of(System.getProperty("tipa.project.dir", "."), "target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(holder[0], "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes one node as a PNG under target/screenshots (a popup's content, say). */
    public static Path snapshot(FxRobot robot, javafx.scene.Node node, String name) {
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = node.snapshot(null, null));
        Path file = Path.of(System.getProperty("tipa.project.dir", "."), "target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes the scene as a PNG under target/screenshots, for a person to look at. */
    public static Path snapshot(FxRobot robot, Scene scene, String name) {
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = scene.snapshot(null));
        Path file = Path.of(System.getProperty("tipa.project.dir", "."), "target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
