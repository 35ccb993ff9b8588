package kr.tipa.eval.service;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.function.Consumer;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.DataState;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per refusal of bundle-format.md: each names the file and field, and leaves the database
 * (already holding a round) and every file around it exactly as they were.
 */
class ImportRefusalTest {

    @TempDir
    Path root;

    private AppContext context;
    private DataState before;

    @BeforeEach
    void importAGoodRoundFirst() throws Exception {
        context = new AppContext(root.resolve("data"), Messages.korean());
        Path good = root.resolve("good.zip");
        Fixtures.bundle(2).write(good);
        context.imports().importBundle(good, false, "test", ReadProgress.NONE);
        before = DataState.of(context, root);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private BundleProblem refused(Path bundle) {
        DataState withBundle = DataState.of(context, root);
        BundleRefusedException e;
        try {
            context.imports().importBundle(bundle, true, "test", ReadProgress.NONE);
            throw new AssertionError("not refused");
        } catch (BundleRefusedException refusal) {
            e = refusal;
        } catch (IOException io) {
            throw new AssertionError(io);
        }
        assertThat(DataState.of(context, root)).as("nothing written").isEqualTo(withBundle);
        assertThat(e.render(Messages.korean())).isNotBlank();
        return e.problems().get(0);
    }

    private Path write(BundleWriter writer) throws IOException {
        Path zip = root.resolve("bad-" + System.nanoTime() + ".zip");
        writer.write(zip);
        return zip;
    }

    private Path withApplication(Consumer<ObjectNode> change) throws IOException {
        BundleWriter writer = Fixtures.bundle(3);
        change.accept(writer.application("2024-EXP-0002"));
        return write(writer);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path bundle = root.resolve("notzip.zip");
        Files.writeString(bundle, "this is plain text, not a ZIP archive");
        BundleProblem p = refused(bundle);
        assertThat(p.file()).isEqualTo("notzip.zip");
        assertThat(p.message().key()).isEqualTo("bundle.notZip");
    }

    @Test
    void aZipWhoseEndRecordReachesPastTheFileIsNotAZip() throws IOException {
        Path zip = write(Fixtures.bundle(1));
        byte[] bytes = Files.readAllBytes(zip);
        int end = bytes.length - 22; // the end of central directory record, without a comment
        assertThat(java.nio.ByteBuffer.wrap(bytes, end, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
                .isEqualTo(0x06054b50);
        bytes[end + 20] = 0;
        bytes[end + 21] = (byte) 0xFF; // a comment of 65,280 bytes that is not there
        Files.write(zip, bytes);
        BundleProblem p = refused(zip);
        assertThat(p.file()).isEqualTo(zip.getFileName().toString());
        assertThat(p.message().key()).isEqualTo("bundle.notZip");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path bundle = root.resolve("empty.tbundle");
        Files.write(bundle, new byte[0]);
        assertThat(refused(bundle).message().key()).isEqualTo("bundle.notZip");
    }

    @Test
    void aMissingManifestIsRefused() throws IOException {
        Path zip = root.resolve("nomanifest.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("applications/2024-EXP-0001/application.json"));
            out.write(Fixtures.application("2024-EXP-0001").toString().getBytes(StandardCharsets.UTF_8));
        }
        BundleProblem p = refused(zip);
        assertThat(p.file()).isEqualTo("manifest.json");
        assertThat(p.message().key()).isEqualTo("bundle.manifest.missing");
    }

    @Test
    void aManifestThatIsNotJsonIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        Path zip = root.resolve("badmanifest.zip");
        writer.write(zip);
        Path broken = rewriteEntry(zip, "manifest.json", "{ \"format\": \"tipa-eval-bundle\", ".getBytes(StandardCharsets.UTF_8));
        BundleProblem p = refused(broken);
        assertThat(p.file()).isEqualTo("manifest.json");
        assertThat(p.message().key()).isEqualTo("bundle.json.invalid");
    }

    @Test
    void anApplicationThatIsNotJsonIsRefusedEvenWithAMatchingChecksum() throws IOException {
        BundleWriter writer = Fixtures.bundle(2).keepManifestApplications();
        byte[] broken = "{\"receiptNo\": \"2024-EXP-0002\", }".getBytes(StandardCharsets.UTF_8);
        ArrayNode listed = writer.manifest().putArray("applications");
        listed.addObject().put("receiptNo", "2024-EXP-0001")
                .put("sha256", sha(BundleWriter.pretty(writer.application("2024-EXP-0001"))));
        listed.addObject().put("receiptNo", "2024-EXP-0002").put("sha256", sha(broken));
        Path zip = write(writer);
        Path patched = rewriteEntry(zip, "applications/2024-EXP-0002/application.json", broken);
        BundleProblem p = refused(patched);
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0002/application.json");
        assertThat(p.message().key()).isEqualTo("bundle.json.invalid");
    }

    /** Bundle 2 with application 2024-EXP-0002's file bytes changed, and listed with their new SHA-256. */
    private Path withApplicationBytes(java.util.function.UnaryOperator<byte[]> change) throws IOException {
        BundleWriter writer = Fixtures.bundle(2).keepManifestApplications();
        byte[] bytes = change.apply(BundleWriter.pretty(writer.application("2024-EXP-0002")));
        ArrayNode listed = writer.manifest().putArray("applications");
        listed.addObject().put("receiptNo", "2024-EXP-0001")
                .put("sha256", sha(BundleWriter.pretty(writer.application("2024-EXP-0001"))));
        listed.addObject().put("receiptNo", "2024-EXP-0002").put("sha256", sha(bytes));
        return rewriteEntry(write(writer), "applications/2024-EXP-0002/application.json", bytes);
    }

    @Test
    void anApplicationInUtf16IsRefusedNamingTheFileNotStoredAsGarbage() throws IOException {
        BundleProblem p = refused(withApplicationBytes(
                utf8 -> new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0002/application.json");
        assertThat(p.message().key()).isEqualTo("bundle.json.notUtf8");
    }

    @Test
    void anApplicationWithBrokenUtf8IsRefusedNamingTheFile() throws IOException {
        BundleProblem p = refused(withApplicationBytes(utf8 -> {
            byte[] broken = utf8.clone();
            broken[broken.length / 2] = (byte) 0xFF;
            return broken;
        }));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0002/application.json");
        assertThat(p.message().key()).isEqualTo("bundle.json.notUtf8");
    }

    @Test
    void aByteOrderMarkIsIgnoredAsRfc8259AllowsAndTheApplicationReadsBack() throws Exception {
        Path zip = withApplicationBytes(utf8 -> {
            byte[] marked = new byte[utf8.length + 3];
            marked[0] = (byte) 0xEF;
            marked[1] = (byte) 0xBB;
            marked[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, marked, 3, utf8.length);
            return marked;
        });
        context.imports().importBundle(zip, true, "test", ReadProgress.NONE);
        var round = context.rounds().require(null);
        assertThat(context.rounds().applications(round)).extracting(a -> a.receiptNo())
                .containsExactly("2024-EXP-0001", "2024-EXP-0002");
        assertThat(context.screening().screen(round)).hasSize(2);
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "company").remove("name")));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0002/application.json");
        assertThat(p.field()).isEqualTo("company.name");
        assertThat(p.message().key()).isEqualTo("bundle.field.missing");
    }

    @Test
    void aMissingObjectIsNamedOnceNotFieldByField() throws IOException {
        Path bundle = withApplication(a -> a.remove("compliance"));
        DataState state = DataState.of(context, root);
        try {
            context.imports().importBundle(bundle, true, "test", ReadProgress.NONE);
            throw new AssertionError("not refused");
        } catch (BundleRefusedException e) {
            assertThat(e.problems()).extracting(BundleProblem::field).containsExactly("compliance");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(DataState.of(context, root)).isEqualTo(state);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "company").put("employees", "38")));
        assertThat(p.field()).isEqualTo("company.employees");
        assertThat(p.message().key()).isEqualTo("bundle.field.type");
    }

    @Test
    void aBooleanWrittenAsTextIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> a.put("submissionComplete", "true")));
        assertThat(p.field()).isEqualTo("submissionComplete");
    }

    @Test
    void aNegativeExportAmountIsOutOfRange() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "export").put("lastYearExportUsd", -1)));
        assertThat(p.field()).isEqualTo("export.lastYearExportUsd");
        assertThat(p.message().key()).isEqualTo("bundle.field.range");
    }

    @Test
    void aFractionalExportAmountIsNotAnInteger() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "export").put("lastYearExportUsd", 1250000.5)));
        assertThat(p.field()).isEqualTo("export.lastYearExportUsd");
    }

    @Test
    void anUnknownEnumValueIsNamed() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "rndProject").put("role", "LEADER")));
        assertThat(p.field()).isEqualTo("rndProject.role");
        assertThat(p.message().key()).isEqualTo("bundle.field.enum");
    }

    @Test
    void anUnknownDocumentTypeIsNamed() throws IOException {
        BundleProblem p = refused(withApplication(a -> ((ObjectNode) a.get("documents").get(0)).put("type", "CV")));
        assertThat(p.field()).isEqualTo("documents[0].type");
    }

    @Test
    void anUnknownOnlineFormIsNamed() throws IOException {
        BundleProblem p = refused(withApplication(a -> ((ArrayNode) a.get("onlineForms")).add("SELFIE")));
        assertThat(p.field()).isEqualTo("onlineForms[4]");
    }

    @Test
    void anImpossibleDateIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "rndProject").put("completedOn", "2022-02-30")));
        assertThat(p.field()).isEqualTo("rndProject.completedOn");
        assertThat(p.message().key()).isEqualTo("bundle.field.date");
    }

    @Test
    void aCreationTimeAtTheEndOfTimeIsOutOfRange() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.manifest().put("createdAt", "+999999999-12-31T23:59:59-18:00");
        BundleProblem p = refused(write(writer));
        assertThat(p.file()).isEqualTo("manifest.json");
        assertThat(p.field()).isEqualTo("createdAt");
        assertThat(p.message().key()).isEqualTo("bundle.field.range");
    }

    @Test
    void aDeadlineAtTheBeginningOfTimeIsOutOfRange() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        object(writer.manifest(), "program").put("applicationDeadline", "-999999999-01-01T00:00:00+18:00");
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("program.applicationDeadline");
        assertThat(p.message().key()).isEqualTo("bundle.field.range");
    }

    @Test
    void aFoundingDateBeyondYear9999IsOutOfRange() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "company").put("foundedOn", "+10000-01-01")));
        assertThat(p.field()).isEqualTo("company.foundedOn");
        assertThat(p.message().key()).isEqualTo("bundle.field.range");
    }

    @Test
    void aBundleIdWithALoneSurrogateIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.manifest().put("bundleId", writer.manifest().get("bundleId").asText() + "\ud800");
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("bundleId");
        assertThat(p.message().key()).isEqualTo("bundle.field.unicode");
    }

    @Test
    void aTimeWithoutOffsetIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> a.put("submittedAt", "2024-09-03T16:20:11")));
        assertThat(p.field()).isEqualTo("submittedAt");
        assertThat(p.message().key()).isEqualTo("bundle.field.dateTime");
    }

    @Test
    void aCompanyNameLongerThanAnyIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "company").put("name", "가".repeat(2001))));
        assertThat(p.field()).isEqualTo("company.name");
        assertThat(p.message().key()).isEqualTo("bundle.field.tooLong");
    }

    @Test
    void aDocumentPathLongerThanAnyIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.attach("2024-EXP-0001", "EVIDENCE", "documents/" + "가".repeat(3000) + ".pdf",
                BundleWriter.Content.of(new byte[] {1, 2}));
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("documents[2].file");
        assertThat(p.message().key()).isEqualTo("bundle.field.tooLong");
    }

    @Test
    void aMalformedBusinessNumberIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> object(a, "company").put("businessRegistrationNo", "2208162517")));
        assertThat(p.field()).isEqualTo("company.businessRegistrationNo");
    }

    @Test
    void aDocumentOfAnUnsupportedKindIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.attach("2024-EXP-0001", "EVIDENCE", "documents/setup.exe", BundleWriter.Content.of(new byte[] {1, 2}));
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("documents[2].file");
    }

    @Test
    void aParentSegmentInAnEntryNameIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1).entry("applications/../../evil.sh", BundleWriter.Content.of(new byte[] {1}));
        BundleProblem p = refused(write(writer));
        assertThat(p.file()).isEqualTo("applications/../../evil.sh");
        assertThat(p.message().key()).isEqualTo("bundle.entry.parent");
        assertThat(root.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void anAbsoluteEntryNameIsRefused() throws IOException {
        BundleProblem p = refused(write(Fixtures.bundle(1).entry("/tmp/evil.sh", BundleWriter.Content.of(new byte[] {1}))));
        assertThat(p.message().key()).isEqualTo("bundle.entry.absolute");
    }

    @Test
    void aBackslashInAnEntryNameIsRefused() throws IOException {
        BundleProblem p = refused(write(Fixtures.bundle(1)
                .entry("applications\\2024-EXP-0001\\x.pdf", BundleWriter.Content.of(new byte[] {1}))));
        assertThat(p.message().key()).isEqualTo("bundle.entry.backslash");
    }

    @Test
    void anEntryWithoutANameIsRefusedNamingTheBundleAndTheEntrysPlace() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.entry("", BundleWriter.Content.of(new byte[] {1, 2, 3}));
        Path zip = write(writer);
        BundleProblem p = refused(zip);
        assertThat(p.file()).isEqualTo(zip.getFileName().toString());
        assertThat(p.message().key()).isEqualTo("bundle.entry.empty");
        // manifest.json, the application, its two documents, then the nameless one
        assertThat(p.render(Messages.korean())).contains("5번째");
    }

    @Test
    void aDriveLetterInAnEntryNameIsRefused() throws IOException {
        BundleProblem p = refused(write(Fixtures.bundle(1).entry("C:/Windows/evil.dll", BundleWriter.Content.of(new byte[] {1}))));
        assertThat(p.message().key()).isEqualTo("bundle.entry.drive");
    }

    @Test
    void aHighlyCompressedEntryIsRefusedAsABomb() throws IOException {
        byte[] zeros = new byte[4 * 1024 * 1024];
        BundleProblem p = refused(write(Fixtures.bundle(1).entry("padding.bin", BundleWriter.Content.of(zeros))));
        assertThat(p.file()).isEqualTo("padding.bin");
        assertThat(p.message().key()).isEqualTo("bundle.limit.ratio");
    }

    @Test
    void aBombDisguisedAsADocumentIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.attach("2024-EXP-0001", "EVIDENCE", "documents/big.pdf",
                BundleWriter.Content.of(new byte[8 * 1024 * 1024]));
        BundleProblem p = refused(write(writer));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0001/documents/big.pdf");
        assertThat(p.message().key()).isEqualTo("bundle.limit.ratio");
    }

    @Test
    void anApplicationChecksumMismatchIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(2).keepManifestApplications();
        ArrayNode listed = writer.manifest().putArray("applications");
        listed.addObject().put("receiptNo", "2024-EXP-0001")
                .put("sha256", sha(BundleWriter.pretty(writer.application("2024-EXP-0001"))));
        listed.addObject().put("receiptNo", "2024-EXP-0002").put("sha256", "ab".repeat(32));
        BundleProblem p = refused(write(writer));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0002/application.json");
        assertThat(p.message().key()).isEqualTo("bundle.checksum.application");
    }

    @Test
    void aDocumentChecksumMismatchIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> ((ObjectNode) a.get("documents").get(1))
                .put("sha256", "cd".repeat(32))));
        assertThat(p.field()).isEqualTo("documents[1].sha256");
        assertThat(p.message().key()).isEqualTo("bundle.checksum.document");
    }

    @Test
    void aDuplicateReceiptNumberInTheManifestIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1).keepManifestApplications();
        String hash = sha(BundleWriter.pretty(writer.application("2024-EXP-0001")));
        ArrayNode listed = writer.manifest().putArray("applications");
        listed.addObject().put("receiptNo", "2024-EXP-0001").put("sha256", hash);
        listed.addObject().put("receiptNo", "2024-EXP-0001").put("sha256", hash);
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("applications[1].receiptNo");
        assertThat(p.message().key()).isEqualTo("bundle.manifest.duplicateReceipt");
    }

    @Test
    void aListedApplicationThatIsMissingIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1).keepManifestApplications();
        ArrayNode listed = writer.manifest().putArray("applications");
        listed.addObject().put("receiptNo", "2024-EXP-0001")
                .put("sha256", sha(BundleWriter.pretty(writer.application("2024-EXP-0001"))));
        listed.addObject().put("receiptNo", "2024-EXP-0099").put("sha256", "ab".repeat(32));
        BundleProblem p = refused(write(writer));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0099/application.json");
        assertThat(p.message().key()).isEqualTo("bundle.application.missing");
    }

    @Test
    void anUnlistedApplicationIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(2).keepManifestApplications();
        writer.manifest().putArray("applications").addObject().put("receiptNo", "2024-EXP-0001")
                .put("sha256", sha(BundleWriter.pretty(writer.application("2024-EXP-0001"))));
        BundleProblem p = refused(write(writer));
        assertThat(p.file()).isEqualTo("applications/2024-EXP-0002/application.json");
        assertThat(p.message().key()).isEqualTo("bundle.application.unlisted");
    }

    @Test
    void aReceiptNumberThatDiffersFromItsFolderIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1).keepManifestApplications();
        ObjectNode app = writer.application("2024-EXP-0001");
        app.put("receiptNo", "2024-EXP-0777");
        writer.manifest().putArray("applications").addObject().put("receiptNo", "2024-EXP-0001")
                .put("sha256", sha(BundleWriter.pretty(app)));
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("receiptNo");
        assertThat(p.message().key()).isEqualTo("bundle.application.receiptMismatch");
    }

    @Test
    void aNewerFormatVersionIsRefusedNamingTheVersionThisBuildReads() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.manifest().put("formatVersion", 3);
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("formatVersion");
        assertThat(p.message().key()).isEqualTo("bundle.manifest.newer");
        assertThat(p.render(Messages.korean())).contains("형식 버전 2");
    }

    @Test
    void aForeignFormatIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.manifest().put("format", "other-bundle");
        assertThat(refused(write(writer)).field()).isEqualTo("format");
    }

    @Test
    void twoEntriesWithTheSameNameInDifferentUnicodeFormsAreDuplicates() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        String nfd = Normalizer.normalize("applications/2024-EXP-0001/documents/참가계획서.pdf", Normalizer.Form.NFD);
        writer.entry(nfd, BundleWriter.Content.of(Fixtures.pdfLike("twin")));
        BundleProblem p = refused(write(writer));
        assertThat(p.message().key()).isEqualTo("bundle.entry.duplicate");
    }

    @Test
    void aListedDocumentMissingFromTheZipIsRefused() throws IOException {
        BundleProblem p = refused(withApplication(a -> ((ArrayNode) a.get("documents")).addObject()
                .put("type", "EVIDENCE").put("file", "documents/인증서.pdf").put("sha256", "ef".repeat(32))));
        assertThat(p.field()).isEqualTo("documents[2].file");
        assertThat(p.message().key()).isEqualTo("bundle.document.missing");
    }

    @Test
    void duplicateJsonKeysAreRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        Path zip = write(writer);
        String manifest = BundleWriterAccess.manifestText(zip).replaceFirst("\"formatVersion\" : 1",
                "\"formatVersion\" : 1, \"formatVersion\" : 1");
        BundleProblem p = refused(rewriteEntry(zip, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.message().key()).isEqualTo("bundle.json.invalid");
    }

    @Test
    void deeplyNestedJsonIsRefused() throws IOException {
        // Random keys keep it from compressing like a bomb: the nesting itself must be what is refused.
        java.util.Random random = new java.util.Random(7);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            deep.append("{\"").append(Long.toHexString(random.nextLong())).append("\":");
        }
        deep.append("1").append("}".repeat(3000));
        Path zip = write(Fixtures.bundle(1));
        BundleProblem p = refused(rewriteEntry(zip, "manifest.json", deep.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(p.message().key()).isEqualTo("bundle.json.invalid");
    }

    @Test
    void anUnknownBuiltInRubricIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        object(writer.manifest(), "program").put("rubric", "NO-SUCH-RUBRIC");
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("program.rubric");
    }

    @Test
    void aRubricWhosePointsDoNotAddUpIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        ObjectNode rubric = object(writer.manifest(), "program").putObject("rubric");
        rubric.put("id", "R").put("name", "r").put("maxTotal", 100).put("step", 1);
        ObjectNode category = rubric.putArray("categories").addObject().put("id", "A").put("name", "a")
                .put("maxPoints", 100);
        category.putArray("indicators").addObject().put("id", "A1").put("text", "t").put("maxPoints", 90);
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).startsWith("program.rubric");
        assertThat(p.message().key()).isEqualTo("bundle.rubric.inconsistent");
    }

    @Test
    void aTieBreakKeyThatIsNotACategoryIsRefused() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        ((ArrayNode) object(writer.manifest(), "program").get("tieBreak")).add("BEAUTY");
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("program.tieBreak");
    }

    @Test
    void aTrimThresholdBelowThreeIsOutOfRange() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        object(object(writer.manifest(), "program"), "aggregation").put("trimWhenAtLeast", 2);
        assertThat(refused(write(writer)).field()).isEqualTo("program.aggregation.trimWhenAtLeast");
    }

    @Test
    void aCutoffWithAHugeExponentIsOutOfRangeAndTheRefusalStaysShort() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        object(writer.manifest(), "program").put("cutoff", new java.math.BigDecimal("1e999999999"));
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("program.cutoff");
        assertThat(p.message().key()).isEqualTo("bundle.field.range");
        assertThat(p.render(Messages.korean())).hasSizeLessThan(200).contains("1E+999999999");
    }

    @Test
    void aCutoffWithABillionDecimalsIsRefusedNotStored() throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        object(writer.manifest(), "program").put("cutoff", new java.math.BigDecimal("1e-999999999"));
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("program.cutoff");
        assertThat(p.message().key()).isEqualTo("bundle.field.decimals");
        assertThat(p.render(Messages.korean())).hasSizeLessThan(200);
    }

    @Test
    void theSameBundleIdWithOtherContentIsRefused() throws IOException {
        String bundleId = context.rounds().require(null).currentBundleId();
        BundleWriter writer = Fixtures.bundle(Fixtures.manifest(bundleId), 3);
        BundleProblem p = refused(write(writer));
        assertThat(p.field()).isEqualTo("bundleId");
        assertThat(p.message().key()).isEqualTo("import.bundleId.conflict");
    }

    @Test
    void aNewVersionIsRefusedUnlessAskedFor() throws Exception {
        Path next = write(Fixtures.bundle(3));
        assertThatThrownBy(() -> context.imports().importBundle(next, false, "test", ReadProgress.NONE))
                .isInstanceOf(NewVersionRequiredException.class);
        assertThat(DataState.of(context, root).database()).isEqualTo(before.database());
    }

    @Test
    void aRefusalOnAFreshFolderLeavesNoFolderBehind() throws IOException {
        Path fresh = root.resolve("fresh");
        Path bundle = withApplication(a -> object(a, "company").remove("name"));
        try (AppContext other = new AppContext(fresh, Messages.korean())) {
            assertThatThrownBy(() -> other.imports().importBundle(bundle, false, "test", ReadProgress.NONE))
                    .isInstanceOf(BundleRefusedException.class);
            assertThat(other.hasDatabase()).isFalse();
        }
        assertThat(fresh).doesNotExist();
    }

    private static String sha(byte[] bytes) {
        return BundleWriter.sha256(BundleWriter.Content.of(bytes));
    }

    /** Copies a ZIP, replacing one entry's bytes. */
    private Path rewriteEntry(Path zip, String name, byte[] bytes) throws IOException {
        Path out = root.resolve("patched-" + System.nanoTime() + ".zip");
        try (var in = new java.util.zip.ZipFile(zip.toFile());
                var zos = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                zos.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    zos.write(bytes);
                } else {
                    try (var is = in.getInputStream(entry)) {
                        is.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
        return out;
    }

    /** Reads an entry back as text. */
    static final class BundleWriterAccess {
        static String manifestText(Path zip) throws IOException {
            try (var in = new java.util.zip.ZipFile(zip.toFile())) {
                return new String(in.getInputStream(in.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
