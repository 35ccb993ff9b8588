package kr.tipa.eval.signing.npki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the 공동인증서 under some folders: {@code NPKI/<CA>/USER/<subject>/signCert.der}. A folder may be an
 * NPKI folder, the drive or folder holding one, a CA's folder, or one certificate's folder. Only the
 * signing certificate is read; nothing is decrypted.
 */
public final class NpkiFinder {

    /** A user has a handful; a folder with more than this is not a certificate store, and listing stops. */
    static final int MAX_CERTIFICATES = 500;
    private static final String USER = "USER";

    /**
     * What a search found.
     *
     * @param unreadable certificate files that are there but could not be read, each with why
     */
    public record Found(List<NpkiEntry> certificates, List<NpkiException> unreadable) {
        public Found {
            certificates = List.copyOf(certificates);
            unreadable = List.copyOf(unreadable);
        }
    }

    private final List<NpkiEntry> found = new ArrayList<>();
    private final List<NpkiException> unreadable = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();

    private NpkiFinder() {
    }

    /** The certificates under {@code places}, in order; places that do not exist are skipped. */
    public static Found find(List<Path> places) {
        NpkiFinder finder = new NpkiFinder();
        for (Path place : places) {
            finder.place(place);
        }
        return new Found(finder.found, finder.unreadable);
    }

    private void place(Path place) {
        if (!Files.isDirectory(place)) {
            return;
        }
        if (hasCertificate(place)) {
            certificate(place, authorityOf(place));
            return;
        }
        if (Files.isDirectory(place.resolve(USER))) {
            users(place.resolve(USER), String.valueOf(place.getFileName()));
            return;
        }
        Path npki = place.resolve("NPKI");
        Path store = Files.isDirectory(npki) ? npki : place;
        for (Path authority : children(store)) {
            Path users = authority.resolve(USER);
            if (Files.isDirectory(users)) {
                users(users, String.valueOf(authority.getFileName()));
            }
        }
    }

    private void users(Path users, String authority) {
        for (Path folder : children(users)) {
            if (hasCertificate(folder)) {
                certificate(folder, authority);
            }
        }
    }

    private void certificate(Path folder, String authority) {
        if (found.size() >= MAX_CERTIFICATES || !seen.add(real(folder))) {
            return;
        }
        try {
            Path file = NpkiKeyFiles.find(folder, NpkiKeyFiles.SIGN_CERT);
            boolean key = exists(folder, NpkiKeyFiles.SIGN_KEY);
            found.add(new NpkiEntry(folder, authority, NpkiKeyFiles.certificate(file), key));
        } catch (NpkiException e) {
            unreadable.add(e);
        }
    }

    private static boolean hasCertificate(Path folder) {
        return exists(folder, NpkiKeyFiles.SIGN_CERT);
    }

    private static boolean exists(Path folder, String name) {
        try {
            NpkiKeyFiles.find(folder, name);
            return true;
        } catch (NpkiException e) {
            return false;
        }
    }

    /** The CA folder two levels up (…/&lt;CA&gt;/USER/&lt;subject&gt;), when the layout is the usual one. */
    private static String authorityOf(Path folder) {
        Path users = folder.toAbsolutePath().getParent();
        if (users != null && USER.equalsIgnoreCase(String.valueOf(users.getFileName())) && users.getParent() != null) {
            return String.valueOf(users.getParent().getFileName());
        }
        return "";
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
