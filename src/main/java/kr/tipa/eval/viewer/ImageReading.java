package kr.tipa.eval.viewer;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * PNG and JPEG through ImageIO. The header's declared size is judged before any pixel is decoded: a
 * 100000×100000 PNG is a few hundred bytes and would otherwise ask for 40 GB.
 */
final class ImageReading {

    private ImageReading() {
    }

    static RenderedDocument read(String fileName, Path file, Limits limits, DocumentKind kind) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new DocumentRefused(Reasons.FILE_UNREADABLE, "no image input stream");
            }
            ImageReader reader = readerFor(kind);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new DocumentRefused(Reasons.CORRUPT, "declared size " + width + "x" + height);
                }
                if ((long) width * height > limits.maxPixels()) {
                    throw new DocumentRefused(Reasons.IMAGE_TOO_LARGE, "declared " + width + "x" + height,
                            width, height);
                }
                BufferedImage image = reader.read(0, reader.getDefaultReadParam());
                return new ImageDocument(fileName, kind, image);
            } catch (IIOException e) {
                // CMYK and other JPEG variants ImageIO cannot decode say so in the message.
                String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("unsupported")) {
                    throw new DocumentRefused(Reasons.UNSUPPORTED, Failures.describe(e), kind.name() + " (CMYK)");
                }
                throw e;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(DocumentKind kind) throws DocumentRefused {
        String format = kind == DocumentKind.PNG ? "png" : "jpeg";
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new DocumentRefused(Reasons.UNSUPPORTED, "no ImageIO reader for " + format, kind.name());
        }
        return readers.next();
    }
}
