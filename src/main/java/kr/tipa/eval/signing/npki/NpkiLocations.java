package kr.tipa.eval.signing.npki;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where Korean certificate software keeps 공동인증서 (the KCAC user-interface specification's locations, as
 * open-source readers such as PyPinkSign and LiteHell/NPKI_example use them): under the user's home, and in
 * {@code NPKI/} at the root of a removable drive. Everything comes in as arguments, so tests point it at
 * folders of their own and never at the real home.
 */
public final class NpkiLocations {

    /** The three desktop systems, which keep certificates in different places. */
    public enum Os {
        WINDOWS, MAC, LINUX;

        public static Os of(String osName) {
            String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }

    private static final String NPKI = "NPKI";

    private NpkiLocations() {
    }

    /**
     * The places to look on this computer, existing or not.
     *
     * @param env the process environment ({@code USERPROFILE} on Windows)
     */
    public static List<Path> ofThisComputer(Map<String, String> env) {
        Os os = Os.of(System.getProperty("os.name"));
        Path home = home(env);
        List<Path> roots = StreamSupport.stream(FileSystems.getDefault().getRootDirectories().spliterator(), false)
                .toList();
        return candidates(os, home, System.getProperty("user.name", ""), roots);
    }

    /** The user's home as certificate software sees it: {@code %USERPROFILE%} on Windows, else user.home. */
    public static Path home(Map<String, String> env) {
        String profile = Os.of(System.getProperty("os.name")) == Os.WINDOWS ? env.get("USERPROFILE") : null;
        return Path.of(profile != null && !profile.isBlank() ? profile : System.getProperty("user.home"));
    }

    /**
     * Every place to look, the home's first, then each removable drive's. On Windows {@code roots} are the
     * drive roots (C:\, D:\, …); elsewhere the file system root, under which /media, /run/media, /mnt and
     * /Volumes are listed.
     */
    public static List<Path> candidates(Os os, Path home, String user, List<Path> roots) {
        List<Path> places = new ArrayList<>();
        switch (os) {
            case WINDOWS -> {
                places.add(home.resolve("AppData").resolve("LocalLow").resolve(NPKI));
                roots.forEach(r -> places.add(r.resolve(NPKI)));
            }
            case MAC -> {
                places.add(home.resolve("Library").resolve("Preferences").resolve(NPKI));
                places.add(home.resolve("Documents").resolve(NPKI));
                roots.forEach(r -> mounts(r.resolve("Volumes"), places));
            }
            case LINUX -> {
                places.add(home.resolve(NPKI));
                for (Path root : roots) {
                    if (!user.isBlank()) {
                        mounts(root.resolve("media").resolve(user), places);
                        mounts(root.resolve("run").resolve("media").resolve(user), places);
                    }
                    mounts(root.resolve("mnt"), places);
                }
            }
        }
        return places;
    }

    /** {@code NPKI/} in each drive mounted under {@code parent}, sorted by the drive's name. */
    private static void mounts(Path parent, List<Path> places) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> drives = Files.list(parent)) {
            drives.filter(Files::isDirectory).sorted().forEach(d -> places.add(d.resolve(NPKI)));
        } catch (IOException e) {
            // An unreadable mount point holds nothing we can list.
        }
    }
}
