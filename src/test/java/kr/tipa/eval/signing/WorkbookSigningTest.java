package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Stream;
import kr.tipa.eval.i18n.Messages;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookSigningTest {

    private static final Instant SIGNED_AT = Instant.parse("2024-09-12T05:30:15Z");

    @TempDir
    Path folder;

    private final WorkbookSigner signer = new WorkbookSigner(Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
    private final WorkbookVerifier verifier = new WorkbookVerifier();

    /** Computed here from the certificate's DER, independently of {@link Fingerprint}. */
    private static String expectedFingerprint(SigningIdentity identity) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.certificate().getEncoded());
        StringJoiner pairs = new StringJoiner(":");
        for (byte b : digest) {
            pairs.add(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return pairs.toString();
    }

    @Test
    void aSignedScoreSheetVerifiesAndNamesItsKoreanSigner() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "평가표-김평가.xlsx");

        signer.signInPlace(workbook, TestIdentities.evaluator());
        VerificationResult result = verifier.verify(workbook);

        assertThat(result.valid()).as("%s", result).isTrue();
        assertThat(result.reason()).isNull();
        assertThat(result.signers()).hasSize(1);
        SignerInfo who = result.signer().orElseThrow();
        assertThat(who.commonName()).isEqualTo("김평가");
        assertThat(who.organisation()).contains("한국무역보험공사 평가위원회");
        assertThat(who.subject()).contains("CN=김평가");
        assertThat(who.fingerprint().value()).isEqualTo(expectedFingerprint(TestIdentities.evaluator()));
        assertThat(who.certificate()).isEqualTo(TestIdentities.evaluator().certificate());
        assertThat(who.signingTime()).isEqualTo(SIGNED_AT);
        assertThat(who.description()).isEqualTo("tipa-eval 평가표");
    }

    @Test
    void theSignatureIsStoredAsOfficeExpectsIt() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "score.xlsx");
        signer.signInPlace(workbook, TestIdentities.evaluator());

        ZipSurgery zip = ZipSurgery.open(workbook);
        assertThat(zip.names()).contains("_xmlsignatures/sig1.xml", "_xmlsignatures/origin.sigs",
                "_xmlsignatures/_rels/origin.sigs.rels");
        String signature = zip.text("_xmlsignatures/sig1.xml");
        assertThat(signature)
                .contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
                .contains("http://www.w3.org/2001/04/xmlenc#sha256")
                .contains("<SignatureComments>tipa-eval 평가표</SignatureComments>")
                .contains("2024-09-12T05:30:15Z")
                .contains("idOfficeObject")
                .contains("SignedProperties")
                // one-line base64, as Office writes it (no &#13; line breaks from Santuario)
                .doesNotContain("&#13;");
        assertThat(zip.text("[Content_Types].xml"))
                .contains("application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml");
        assertThat(zip.text("_rels/.rels")).contains("digital-signature/origin");
    }

    @Test
    void signingToANewFileLeavesTheSourceUntouchedAndNoTemporaryFiles() throws Exception {
        Path source = TestWorkbooks.scoreSheet(folder, "unsigned.xlsx");
        byte[] before = Files.readAllBytes(source);
        Path target = folder.resolve("signed.xlsx");

        VerificationResult returned = signer.sign(source, target, TestIdentities.evaluator());

        assertThat(Files.readAllBytes(source)).isEqualTo(before);
        assertThat(returned.valid()).isTrue();
        assertThat(returned.file()).isEqualTo(target);
        assertThat(verifier.verify(target).valid()).isTrue();
        assertThat(verifier.verify(source).reason()).isEqualTo(InvalidReason.NOT_SIGNED);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("unsigned.xlsx", "signed.xlsx");
        }
    }

    @Test
    void theSignedFileStillOpensAsTheSameWorkbook() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "score.xlsx");
        signer.signInPlace(workbook, TestIdentities.evaluator());

        try (Workbook read = new XSSFWorkbook(workbook.toFile())) {
            assertThat(read.getSheetAt(0).getSheetName()).isEqualTo("평가표");
            assertThat(read.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(TestWorkbooks.SCORE);
            assertThat(read.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo(TestWorkbooks.COMMENT);
            assertThat(read.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFillPattern().name())
                    .isEqualTo("SOLID_FOREGROUND");
        }
    }

    /**
     * Santuario's secure validation allows at most 30 references per Manifest; a round's workbook has a
     * part per sheet. POI's default verification therefore fails on it, and ours must not.
     */
    @Test
    void aWorkbookWithMoreThanThirtyPartsSignsAndVerifies() throws Exception {
        Path workbook = TestWorkbooks.large(folder, "round.xlsx", 40, 5);
        signer.signInPlace(workbook, TestIdentities.evaluator());

        assertThat(verifier.verify(workbook).valid()).isTrue();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            SignatureInfo info = new SignatureInfo();
            info.setSignatureConfig(new SignatureConfig());
            info.setOpcPackage(pkg);
            assertThatThrownBy(info::verifySignature).as("if this starts passing, Santuario lifted its cap")
                    .hasRootCauseMessage("A maximum of 30 references per Manifest are allowed with secure validation");
            pkg.revert();
        }
    }

    /** Hyperlinks (external relationships), comments, VML and pictures are all parts Office signs. */
    @Test
    void aWorkbookWithLinksCommentsAndAPictureIsFullyCovered() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "rich.xlsx");
        try (XSSFWorkbook rich = new XSSFWorkbook(Files.newInputStream(workbook))) {
            var sheet = rich.getSheetAt(0);
            var helper = rich.getCreationHelper();
            var cell = sheet.getRow(1).getCell(0);
            var link = helper.createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
            link.setAddress("https://www.tipa.or.kr/");
            cell.setHyperlink(link);
            var drawing = sheet.createDrawingPatriarch();
            var comment = drawing.createCellComment(helper.createClientAnchor());
            comment.setString(helper.createRichTextString("확인 필요"));
            cell.setCellComment(comment);
            var anchor = helper.createClientAnchor();
            anchor.setCol1(5);
            anchor.setRow1(5);
            drawing.createPicture(anchor, rich.addPicture(png(), Workbook.PICTURE_TYPE_PNG));
            try (var out = Files.newOutputStream(workbook)) {
                rich.write(out);
            }
        }
        assertThat(ZipSurgery.open(workbook).names()).contains("xl/comments1.xml", "xl/media/image1.png",
                "xl/worksheets/_rels/sheet1.xml.rels");

        signer.signInPlace(workbook, TestIdentities.evaluator());

        assertThat(verifier.verify(workbook).valid()).as("%s", verifier.verify(workbook)).isTrue();
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void aStreamedWorkbookCanBeSignedToo() throws Exception {
        Path workbook = TestWorkbooks.streamedScoreSheet(folder, "streamed.xlsx");
        signer.signInPlace(workbook, TestIdentities.evaluator());

        assertThat(verifier.verify(workbook).valid()).isTrue();
    }

    @Test
    void signingAgainReplacesTheSignatureAndTheLastSignerOwnsTheFile() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "score.xlsx");
        signer.signInPlace(workbook, TestIdentities.evaluator());
        signer.signInPlace(workbook, TestIdentities.other());

        VerificationResult result = verifier.verify(workbook);

        assertThat(result.valid()).isTrue();
        assertThat(result.signers()).singleElement()
                .extracting(SignerInfo::commonName).isEqualTo(TestIdentities.OTHER_NAME);
        assertThat(ZipSurgery.open(workbook).names()).doesNotContain("_xmlsignatures/sig2.xml");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAndNothingIsWritten() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "이건 엑셀이 아닙니다");
        Path target = folder.resolve("signed.xlsx");

        assertThatThrownBy(() -> signer.sign(text, target, TestIdentities.evaluator()))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.NOT_A_WORKBOOK);
                    assertThat(e.refusal().orElseThrow().reason()).isEqualTo(InvalidReason.NOT_ZIP);
                    assertThat(e.render(Messages.korean())).startsWith("서명할 수 없는 파일입니다: 엑셀 평가표");
                });
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.xlsx");
        }
    }

    @Test
    void aWorkbookWithPartsOfficeLeavesUnsignedIsNotSigned() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "custom.xlsx");
        try (XSSFWorkbook withCustom = new XSSFWorkbook(Files.newInputStream(workbook))) {
            withCustom.getProperties().getCustomProperties().addProperty("평가위원", "김평가");
            try (var out = Files.newOutputStream(workbook)) {
                withCustom.write(out);
            }
        }
        byte[] before = Files.readAllBytes(workbook);

        assertThatThrownBy(() -> signer.signInPlace(workbook, TestIdentities.evaluator()))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SigningException.Problem.NOT_VERIFIABLE);
                    assertThat(e.refusal().orElseThrow().reason()).isEqualTo(InvalidReason.UNCOVERED_PART);
                    assertThat(e.refusal().orElseThrow().detail()).isEqualTo("/docProps/custom.xml");
                });
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no temporary file left behind").containsExactly(workbook);
        }
    }

    @Test
    void describeGivesTheLinesAVerifyCommandPrints() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "score.xlsx");
        signer.signInPlace(workbook, TestIdentities.evaluator());
        String fingerprint = expectedFingerprint(TestIdentities.evaluator());

        List<String> korean = verifier.verify(workbook).describe(Messages.korean(), ZoneId.of("Asia/Seoul"));
        List<String> english = verifier.verify(workbook).describe(new Messages(Locale.ENGLISH), ZoneOffset.UTC);

        assertThat(korean).containsExactly(
                "서명이 유효합니다. 서명한 뒤 바뀐 내용이 없습니다.",
                "서명자: 김평가 (CN=김평가,O=한국무역보험공사 평가위원회)",
                "발급자: CN=김평가,O=한국무역보험공사 평가위원회",
                "인증서 지문(SHA-256): " + fingerprint,
                "지문 앞부분(전화로 확인할 때): " + fingerprint.substring(0, 23),
                "서명 시각: 2024-09-12 14:30:15 +09:00 (서명한 컴퓨터의 시계 기준)");
        assertThat(english.get(5)).isEqualTo("Signed at: 2024-09-12 05:30:15 +00:00 (by the signer’s computer clock)");
    }

    @Test
    void anInvalidResultSaysWhyInTheUsersLanguage() throws Exception {
        Path workbook = TestWorkbooks.scoreSheet(folder, "unsigned.xlsx");

        VerificationResult result = verifier.verify(workbook);

        assertThat(result.describe(Messages.korean(), ZoneOffset.UTC))
                .containsExactly("서명이 유효하지 않습니다: 전자서명이 없는 파일입니다.");
        assertThat(result.message().orElseThrow().render(new Messages(Locale.ENGLISH)))
                .isEqualTo("The file has no digital signature.");
    }

    @Test
    void signingWithAnUnreadableTargetFolderFailsCleanly() throws IOException {
        Path source = TestWorkbooks.scoreSheet(folder, "score.xlsx");
        Path target = folder.resolve("missing-folder").resolve("signed.xlsx");

        assertThatThrownBy(() -> signer.sign(source, target, TestIdentities.evaluator()))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.problem()).isEqualTo(SigningException.Problem.FAILED));
    }
}
