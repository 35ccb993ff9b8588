package kr.tipa.eval.storage.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.crypto.ChunkCipher;
import kr.tipa.eval.storage.crypto.EncryptingOutputStream;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.crypto.KeyDerivation;
import kr.tipa.eval.storage.h2.Database;
import kr.tipa.eval.storage.h2.H2PackIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack store on a real encrypted H2 database with the real migrations: an import's documents in one
 * pack, read back exactly by their place; a pack moved into place by an import that never committed is
 * swept by the next one, a committed one never; and documents kept one file each by earlier versions
 * still read.
 */
class PackStoreTest {

    private static final String PASSWORD = "pack test password";

    @TempDir
    Path data;

    private FolderKeys keys;
    private Database database;
    private FileDocumentStore store;

    @BeforeEach
    void open() {
        keys = new FolderKeys(data, PASSWORD::toCharArray);
        database = new Database(data, keys);
        store = new FileDocumentStore(data, keys, new H2PackIndex(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void documentsOfOneImportShareOnePackAndEachReadsBackExactly() throws Exception {
        byte[] empty = new byte[0];
        byte[] small = "작은 문서".getBytes(StandardCharsets.UTF_8);
        // over one encryption chunk (64 KB) and one pipeline buffer (1 MB): segments span both
        byte[] large = noise(3 * 1024 * 1024 + 17, 1);
        List<byte[]> documents = List.of(small, large, empty, noise(64 * 1024, 2));
        importing(documents, true);

        assertThat(packs()).hasSize(1);
        for (byte[] document : documents) {
            assertThat(store.contains(sha(document))).isTrue();
            try (InputStream in = store.open(sha(document))) {
                assertThat(in.readAllBytes()).isEqualTo(document);
            }
        }
        byte[] pack = Files.readAllBytes(packs().get(0));
        assertThat(indexOf(pack, small)).as("the pack holds no plaintext").isNegative();
    }

    @Test
    void aPackMovedInPlaceByAnImportThatNeverCommittedIsSweptByTheNextAndACommittedOneIsNot() throws Exception {
        byte[] kept = noise(10_000, 3);
        importing(List.of(kept), true);
        Path committed = packs().get(0);
        byte[] lost = noise(10_000, 4);
        // killed between moving its pack into place and the commit: the rows roll back, the pack stays
        importing(List.of(lost), false);
        assertThat(packs()).hasSize(2);
        assertThat(store.contains(sha(lost))).isFalse();

        try (DocumentStore.Staging next = store.beginStaging()) {
            assertThat(packs()).containsExactly(committed);
        }
        try (InputStream in = store.open(sha(kept))) {
            assertThat(in.readAllBytes()).isEqualTo(kept);
        }
    }

    @Test
    void aPackOfAnImportStillRunningIsLeftAlone() throws Exception {
        try (DocumentStore.Staging running = store.beginStaging()) {
            byte[] document = noise(5_000, 5);
            Path staged = running.stage(new ByteArrayInputStream(document));
            database.inTransaction(() -> {
                running.keep(staged, sha(document));
                running.sync();
                // another import starts while this one has its pack in place and has not committed
                try (DocumentStore.Staging other = store.beginStaging()) {
                    assertThat(packs()).hasSize(1);
                }
                return null;
            });
            assertThat(store.contains(sha(document))).isTrue();
        }
    }

    @Test
    void aPackCutShortIsRefusedNotReadAsShorterDocuments() throws Exception {
        byte[] document = noise(200_000, 6);
        importing(List.of(document), true);
        Path pack = packs().get(0);
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1);
        }
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(sha(document))) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aDocumentKeptAsItsOwnFileByAnEarlierVersionStillReads() throws Exception {
        byte[] old = "예전 판의 문서".getBytes(StandardCharsets.UTF_8);
        String sha = sha(old);
        // as earlier versions stored it: documents/<keyed name, 2 chars>/<keyed name>, sealed in chunks
        String name = KeyDerivation.documentName(keys.keys().orElseThrow().nameKey(), sha);
        Path file = Files.createDirectories(data.resolve("documents").resolve(name.substring(0, 2))).resolve(name);
        try (OutputStream out = new EncryptingOutputStream(Files.newOutputStream(file),
                new ChunkCipher(keys.keys().orElseThrow().documentKey()))) {
            out.write(old);
        }
        database.inTransaction(() -> null);

        assertThat(store.contains(sha)).isTrue();
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(old);
        }
        // an import of the same content again keeps nothing new: it is already there
        importing(List.of(old), true);
        assertThat(packs()).isEmpty();
    }

    /** Stages, keeps and syncs {@code documents} in one transaction, which commits or (as if killed) rolls back. */
    private void importing(List<byte[]> documents, boolean commit) throws Exception {
        try (DocumentStore.Staging staging = store.beginStaging()) {
            List<Path> staged = new java.util.ArrayList<>();
            for (byte[] document : documents) {
                staged.add(staging.stage(new ByteArrayInputStream(document)));
            }
            try {
                database.inTransaction(() -> {
                    for (int i = 0; i < documents.size(); i++) {
                        staging.keep(staged.get(i), sha(documents.get(i)));
                    }
                    staging.sync();
                    if (!commit) {
                        throw new IllegalStateException("killed before the commit");
                    }
                    return null;
                });
            } catch (IllegalStateException e) {
                assertThat(commit).isFalse();
            }
        }
    }

    private List<Path> packs() throws IOException {
        if (!Files.isDirectory(data.resolve("packs"))) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(data.resolve("packs"))) {
            return list.sorted().toList();
        }
    }

    private static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
