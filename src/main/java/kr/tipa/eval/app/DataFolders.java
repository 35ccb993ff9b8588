package kr.tipa.eval.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each operating system keeps a user's application data. */
public final class DataFolders {

    public static final String APP_FOLDER = "tipa-eval";

    private DataFolders() {
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path defaultFolder(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("LOCALAPPDATA");
            if (appData == null || appData.isBlank()) {
                appData = env.getOrDefault("APPDATA", home + "\\AppData\\Local");
            }
            return Path.of(appData, APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_FOLDER);
        }
        return Path.of(home, ".local", "share", APP_FOLDER);
    }
}
