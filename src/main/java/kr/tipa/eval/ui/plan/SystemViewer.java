package kr.tipa.eval.ui.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file with the program the operating system associates with it. */
final class SystemViewer {

    private SystemViewer() {
    }

    static void open(Path file) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.startsWith("windows")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", file.toString());
        } else if (os.startsWith("mac")) {
            command = List.of("open", file.toString());
        } else {
            command = List.of("xdg-open", file.toString());
        }
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
