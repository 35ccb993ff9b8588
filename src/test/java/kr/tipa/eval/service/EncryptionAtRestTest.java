package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.WrongPasswordException;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without the password nothing of a company, a score or a comment can be read from the data folder. */
class EncryptionAtRestTest {

    private static final String COMPANY = "주식회사 비밀정밀기계";
    private static final String COMMENT = "수출계획이 매우 구체적임 XJ42Q";
    private static final String DOCUMENT_TEXT = "CONFIDENTIAL-PLAN-7731";

    @TempDir
    Path root;

    private AppContext open(Path folder, String password) {
        SecretSource secrets = password == null ? SecretSource.NONE : () -> password.toCharArray();
        return new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), secrets);
    }

    private void fill(AppContext context) throws Exception {
        BundleWriter writer = Fixtures.bundle(2);
        Fixtures.object(writer.application("2024-EXP-0001"), "company").put("name", COMPANY);
        writer.attach("2024-EXP-0001", "EVIDENCE", "documents/증빙.pdf",
                BundleWriter.Content.of(Fixtures.pdfLike(DOCUMENT_TEXT)));
        Path bundle = root.resolve("round.zip");
        writer.write(bundle);
        context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
        Round round = context.rounds().require(null);
        context.evaluators().add("E1", "김평가", "", true);
        context.scoring().acceptPledge(round, "E1", "서약");
        context.scoring().setScore(round, "2024-EXP-0001", "E1", "GLOBAL_1", new BigDecimal("7"));
        context.scoring().setComment(round, "2024-EXP-0001", "E1", "GLOBAL_1", COMMENT);
    }

    /** Every file's bytes, searched for the text in UTF-8 and both UTF-16 orders. */
    private static List<Path> filesContaining(Path folder, String text) throws Exception {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(file -> {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    return needles.stream().anyMatch(n -> indexOf(bytes, n) >= 0);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theSearchFindsEverythingInAnUnencryptedFolder() throws Exception {
        Path folder = root.resolve("plain");
        try (AppContext context = open(folder, null)) {
            fill(context);
            assertThat(context.encrypted()).isFalse();
        }
        assertThat(filesContaining(folder, COMPANY)).isNotEmpty();
        assertThat(filesContaining(folder, DOCUMENT_TEXT)).isNotEmpty();
    }

    @Test
    void anEncryptedFolderHidesCompanyCommentAndDocuments() throws Exception {
        Path folder = root.resolve("encrypted");
        try (AppContext context = open(folder, "correct horse")) {
            fill(context);
            assertThat(context.encrypted()).isTrue();
            String sha = context.rounds().applications(context.rounds().require(null)).get(0).documents().get(2).sha256();
            try (InputStream in = context.documents().open(sha)) {
                assertThat(in.readAllBytes()).isEqualTo(Fixtures.pdfLike(DOCUMENT_TEXT));
            }
        }
        assertThat(filesContaining(folder, COMPANY)).isEmpty();
        assertThat(filesContaining(folder, COMMENT)).isEmpty();
        assertThat(filesContaining(folder, DOCUMENT_TEXT)).isEmpty();
        assertThat(filesContaining(folder, "2024-EXP-0001")).isEmpty();
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(folder)).containsOnly(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        }
    }

    @Test
    void theWrongPasswordOpensNothingAndTheRightOneReopens() throws Exception {
        Path folder = root.resolve("encrypted");
        try (AppContext context = open(folder, "correct horse")) {
            fill(context);
        }
        try (AppContext wrong = open(folder, "battery staple")) {
            assertThatThrownBy(wrong.folder()::unlock).isInstanceOf(WrongFolderPasswordException.class)
                    .hasCauseInstanceOf(WrongPasswordException.class);
        }
        try (AppContext none = open(folder, null)) {
            assertThatThrownBy(none.folder()::unlock).isInstanceOf(kr.tipa.eval.security.SecretUnavailableException.class);
        }
        try (AppContext right = open(folder, "correct horse")) {
            assertThat(right.rounds().applications(right.rounds().require(null)).get(0).companyName()).isEqualTo(COMPANY);
        }
    }

    @Test
    void aRefusedImportIntoANewFolderLeavesNoKeyFileBehind() throws Exception {
        Path folder = root.resolve("fresh");
        BundleWriter writer = Fixtures.bundle(1);
        Fixtures.object(writer.application("2024-EXP-0001"), "company").remove("name");
        Path bundle = root.resolve("bad.zip");
        writer.write(bundle);
        try (AppContext context = open(folder, "correct horse")) {
            assertThatThrownBy(() -> context.imports().importBundle(bundle, false, "t", ReadProgress.NONE))
                    .isInstanceOf(kr.tipa.eval.bundle.BundleRefusedException.class);
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void aChangedDocumentFileIsNotShownAsIfIntact() throws Exception {
        Path folder = root.resolve("encrypted");
        String sha;
        try (AppContext context = open(folder, "correct horse")) {
            fill(context);
            sha = context.rounds().applications(context.rounds().require(null)).get(0).documents().get(2).sha256();
        }
        // the last byte of the document's place in its pack: the tag of its last chunk
        long end;
        String pack;
        try (var database = new kr.tipa.eval.storage.h2.Database(folder,
                new kr.tipa.eval.storage.crypto.FolderKeys(folder, "correct horse"::toCharArray));
                var borrowed = database.borrow();
                var statement = borrowed.connection().prepareStatement(
                        "SELECT pack, pack_offset + stored_length FROM document_pack_entry WHERE sha256 = ?")) {
            statement.setString(1, sha);
            try (var rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                pack = rs.getString(1);
                end = rs.getLong(2);
            }
        }
        Path file = folder.resolve("packs").resolve(pack + ".pack");
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) end - 1] ^= 1;
        Files.write(file, bytes);
        try (AppContext context = open(folder, "correct horse")) {
            assertThatThrownBy(() -> {
                try (InputStream in = context.documents().open(sha)) {
                    in.readAllBytes();
                }
            }).isInstanceOf(java.io.IOException.class);
        }
    }
}
