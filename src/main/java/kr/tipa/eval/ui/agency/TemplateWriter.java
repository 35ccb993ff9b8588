package kr.tipa.eval.ui.agency;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the blank intake workbook (as {@code round template} does); the main window gives the real one. */
@FunctionalInterface
public interface TemplateWriter {

    void write(Path target) throws IOException;
}
