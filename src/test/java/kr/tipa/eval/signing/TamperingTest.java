package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test edits a signed score sheet at the ZIP level, as someone with the file and an archiver could,
 * and expects the verifier to refuse it for the right reason — or, where the edit changes nothing the
 * signature speaks for, to keep accepting it.
 */
class TamperingTest {

    private static final String SHEET1 = "xl/worksheets/sheet1.xml";
    private static final String SIGNATURE = "_xmlsignatures/sig1.xml";
    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

    @TempDir
    Path folder;

    private Path signed;
    private final WorkbookVerifier verifier = new WorkbookVerifier();

    @BeforeEach
    void signAScoreSheet() throws Exception {
        signed = TestWorkbooks.scoreSheet(folder, "signed.xlsx");
        new WorkbookSigner(Clock.fixed(Instant.parse("2024-09-12T05:30:15Z"), ZoneOffset.UTC))
                .signInPlace(signed, TestIdentities.evaluator());
        assertThat(verifier.verify(signed).valid()).as("the untouched file verifies").isTrue();
    }

    private Path write(ZipSurgery edited) throws Exception {
        Path tampered = folder.resolve("tampered.xlsx");
        edited.writeTo(tampered);
        return tampered;
    }

    private VerificationResult verifyEdited(ZipSurgery edited) throws Exception {
        return verifier.verify(write(edited));
    }

    @Test
    void aChangedNumberIsCaught() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).replace(SHEET1, "<v>87.5</v>", "<v>97.5</v>"));

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(InvalidReason.TAMPERED);
        assertThat(result.signers()).as("a broken signature names nobody").isEmpty();
    }

    @Test
    void aChangedSharedStringIsCaught() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed)
                .replace("xl/sharedStrings.xml", "수출 역량이 우수함", "수출 역량이 미흡함"));

        assertThat(result.reason()).isEqualTo(InvalidReason.TAMPERED);
    }

    @Test
    void aChangedStyleIsCaught() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed)
                .replace("xl/styles.xml", "<b val=\"true\"/>", "<strike val=\"true\"/>"));

        assertThat(result.reason()).isEqualTo(InvalidReason.TAMPERED);
    }

    @Test
    void aSheetAddedBesideTheSignedPartsIsCaughtThoughTheSignatureItselfStillHolds() throws Exception {
        Path tampered = write(withAddedSheet(ZipSurgery.open(signed)));

        VerificationResult result = verifier.verify(tampered);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(InvalidReason.UNCOVERED_PART);
        assertThat(result.detail()).isEqualTo("/xl/worksheets/sheet3.xml");
        assertThat(result.signers()).as("the signature held; the file is still refused")
                .extracting(SignerInfo::commonName).containsExactly(TestIdentities.EVALUATOR_NAME);
        // Why the coverage check exists: POI's own verification accepts this file.
        try (OPCPackage pkg = OPCPackage.open(tampered.toFile(), PackageAccess.READ)) {
            SignatureInfo info = new SignatureInfo();
            info.setSignatureConfig(new SignatureConfig());
            info.setOpcPackage(pkg);
            assertThat(info.verifySignature()).isTrue();
            pkg.revert();
        }
    }

    /** An added relationship to nowhere in the package: no new part, and POI's digest does not see it. */
    @Test
    void anExternalLinkAddedToASignedRelationshipPartIsCaught() throws Exception {
        Path tampered = write(ZipSurgery.open(signed).replace("xl/_rels/workbook.xml.rels", "</Relationships>",
                "<Relationship Id=\"rIdEvil\" TargetMode=\"External\" Target=\"http://evil.example/x.xlsx\""
                        + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\"/>"
                        + "</Relationships>"));

        VerificationResult result = verifier.verify(tampered);

        assertThat(result.reason()).isEqualTo(InvalidReason.UNCOVERED_PART);
        assertThat(result.detail()).isEqualTo("/xl/_rels/workbook.xml.rels#rIdEvil");
        try (OPCPackage pkg = OPCPackage.open(tampered.toFile(), PackageAccess.READ)) {
            SignatureInfo info = new SignatureInfo();
            info.setSignatureConfig(new SignatureConfig());
            info.setOpcPackage(pkg);
            assertThat(info.verifySignature()).as("POI alone accepts it").isTrue();
            pkg.revert();
        }
    }

    @Test
    void anUnsignedRelationshipInThePackageRelsIsCaught() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).replace("_rels/.rels", "</Relationships>",
                "<Relationship Id=\"rIdX\" Target=\"xl/styles.xml\""
                        + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
                        + "</Relationships>"));

        assertThat(result.reason()).isEqualTo(InvalidReason.UNCOVERED_PART);
        assertThat(result.detail()).isEqualTo("/_rels/.rels#rIdX");
    }

    @Test
    void aSheetAddedToTheWorkbookIsCaught() throws Exception {
        VerificationResult result = verifyEdited(withAddedSheet(ZipSurgery.open(signed))
                .replace("xl/workbook.xml", "</sheets>", "<sheet name=\"추가\" r:id=\"rId99\" sheetId=\"9\"/></sheets>"));

        assertThat(result.reason()).isEqualTo(InvalidReason.TAMPERED);
    }

    @Test
    void aRemovedSheetIsCaught() throws Exception {
        ZipSurgery zip = ZipSurgery.open(signed).remove("xl/worksheets/sheet2.xml");
        removeMatching(zip, "[Content_Types].xml", "<Override [^>]*PartName=\"/xl/worksheets/sheet2.xml\"[^>]*/>");
        removeMatching(zip, "xl/_rels/workbook.xml.rels", "<Relationship [^>]*Target=\"worksheets/sheet2.xml\"[^>]*/>");
        removeMatching(zip, "xl/workbook.xml", "<sheet name=\"요약\"[^>]*/>");

        VerificationResult result = verifyEdited(zip);

        assertThat(result.reason()).isEqualTo(InvalidReason.TAMPERED);
        assertThat(result.detail()).isEqualTo("/xl/worksheets/sheet2.xml");
    }

    /** Decision: the signature is over parts, not ZIP bytes; the same parts re-zipped are the same document. */
    @Test
    void theSamePartsReZippedInAnotherOrderAndCompressionStayValid() throws Exception {
        Path stored = folder.resolve("stored.xlsx");
        ZipSurgery.open(signed).reversed().writeTo(stored, ZipEntry.STORED);
        Path deflated = folder.resolve("deflated.xlsx");
        ZipSurgery.open(signed).reversed().writeTo(deflated, ZipEntry.DEFLATED);
        assertThat(Files.readAllBytes(stored)).isNotEqualTo(Files.readAllBytes(signed));

        for (Path rezipped : new Path[] {stored, deflated}) {
            VerificationResult result = verifier.verify(rezipped);
            assertThat(result.valid()).as("%s: %s", rezipped.getFileName(), result).isTrue();
            assertThat(result.signer().orElseThrow().fingerprint()).isEqualTo(TestIdentities.evaluator().fingerprint());
        }
    }

    @Test
    void aWorkbookWithItsSignatureRemovedIsNotSigned() throws Exception {
        ZipSurgery zip = ZipSurgery.open(signed).remove(SIGNATURE).remove("_xmlsignatures/origin.sigs")
                .remove("_xmlsignatures/_rels/origin.sigs.rels");
        removeMatching(zip, "_rels/.rels", "<Relationship [^>]*digital-signature/origin[^>]*/>");
        removeMatching(zip, "[Content_Types].xml", "<Override [^>]*PartName=\"/_xmlsignatures/sig1.xml\"[^>]*/>");

        assertThat(verifyEdited(zip).reason()).isEqualTo(InvalidReason.NOT_SIGNED);
    }

    @Test
    void aRemovedSignaturePartLeavesABrokenSignature() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).remove(SIGNATURE));

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(InvalidReason.MALFORMED_SIGNATURE);
    }

    @Test
    void anotherPersonsCertificateInTheSignatureIsCaught() throws Exception {
        ZipSurgery zip = ZipSurgery.open(signed);
        replaceCertificate(zip, TestIdentities.other().certificate());

        assertThat(verifyEdited(zip).reason()).isEqualTo(InvalidReason.TAMPERED);
    }

    /**
     * The subtle swap: a certificate naming someone else around the evaluator's own public key. The XML
     * signature still verifies with that key; only the XAdES certificate digest gives it away.
     */
    @Test
    void aForgedCertificateAroundTheSignersKeyIsCaught() throws Exception {
        SigningIdentity evaluator = TestIdentities.evaluator();
        SigningIdentity forger = TestIdentities.other();
        X500Name chair = new X500Name("CN=위원장");
        X509Certificate forged = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                X500Name.getInstance(forger.certificate().getSubjectX500Principal().getEncoded()),
                new BigInteger(64, new SecureRandom()), new Date(), new Date(System.currentTimeMillis() + 86_400_000L),
                chair, evaluator.certificate().getPublicKey())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(forger.privateKey())));
        ZipSurgery zip = ZipSurgery.open(signed);
        replaceCertificate(zip, forged);
        Path tampered = write(zip);

        VerificationResult result = verifier.verify(tampered);

        assertThat(result.reason()).isEqualTo(InvalidReason.CERTIFICATE);
        assertThat(result.signers()).isEmpty();
        try (OPCPackage pkg = OPCPackage.open(tampered.toFile(), PackageAccess.READ)) {
            SignatureInfo info = new SignatureInfo();
            info.setSignatureConfig(new SignatureConfig());
            info.setOpcPackage(pkg);
            assertThat(info.verifySignature()).as("POI alone is fooled").isTrue();
            pkg.revert();
        }
    }

    @Test
    void aChangedContentTypeOfASignedPartIsCaught() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).replace("[Content_Types].xml",
                "<Override ContentType=\"" + WORKSHEET_TYPE + "\" PartName=\"/xl/worksheets/sheet2.xml\"/>",
                "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml\""
                        + " PartName=\"/xl/worksheets/sheet2.xml\"/>"));

        assertThat(result.reason()).isEqualTo(InvalidReason.TAMPERED);
        assertThat(result.detail()).isEqualTo("/xl/worksheets/sheet2.xml");
    }

    /** Decision: core/extended properties are outside Office signatures by design and never change a cell. */
    @Test
    void changedDocumentPropertiesDoNotBreakTheSignature() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed)
                .replace("docProps/core.xml", "<dc:creator>Apache POI</dc:creator>", "<dc:creator>누군가</dc:creator>"));

        assertThat(result.valid()).isTrue();
    }

    @Test
    void anEntryNoContentTypeDeclaresIsNotAPackagePOIOpens() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).put("xl/media/hidden.bin", new byte[] {1, 2, 3}));

        assertThat(result.reason()).isEqualTo(InvalidReason.NOT_WORKBOOK);
    }

    /** No relationship reaches it, but the {@code xml} default content type makes it a part all the same. */
    @Test
    void anUnreferencedExtraPartIsCaught() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).put("xl/media/hidden.xml", "<x>숨김</x>"));

        assertThat(result.reason()).isEqualTo(InvalidReason.UNCOVERED_PART);
        assertThat(result.detail()).isEqualTo("/xl/media/hidden.xml");
    }

    @Test
    void aSecondSignerMakesTheFileInvalidAndBothAreNamed() throws Exception {
        addSignature(signed, TestIdentities.other());

        VerificationResult result = verifier.verify(signed);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(InvalidReason.MULTIPLE_SIGNERS);
        assertThat(result.detail()).isEqualTo("2");
        assertThat(result.signers()).extracting(SignerInfo::commonName)
                .containsExactly(TestIdentities.EVALUATOR_NAME, TestIdentities.OTHER_NAME);
    }

    @Test
    void theSameSignerTwiceIsStillOnePerson() throws Exception {
        addSignature(signed, TestIdentities.evaluator());

        VerificationResult result = verifier.verify(signed);

        assertThat(result.valid()).as("%s", result).isTrue();
        assertThat(result.signers()).hasSize(2).extracting(SignerInfo::fingerprint).containsOnly(
                TestIdentities.evaluator().fingerprint());
    }

    @Test
    void aManifestReferenceOutsideThePackageIsRefusedUnread() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).replace(SIGNATURE,
                "URI=\"/xl/styles.xml?", "URI=\"file:///etc/passwd?"));

        assertThat(result.reason()).isEqualTo(InvalidReason.MALFORMED_SIGNATURE);
    }

    @Test
    void aDecoyManifestOutsideTheSignedObjectsIsRefused() throws Exception {
        VerificationResult result = verifyEdited(ZipSurgery.open(signed).replace(SIGNATURE, "</Signature>",
                "<Object Id=\"decoy\"><Manifest><Reference URI=\"/xl/worksheets/sheet3.xml?ContentType=x\">"
                        + "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>"
                        + "<DigestValue>AAAA</DigestValue></Reference></Manifest></Object></Signature>"));

        assertThat(result.reason()).isEqualTo(InvalidReason.MALFORMED_SIGNATURE);
    }

    @Test
    void aTruncatedSignedFileIsRefusedWithoutAnException() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        Path truncated = Files.write(folder.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(verifier.verify(truncated).reason()).isEqualTo(InvalidReason.NOT_ZIP);
    }

    private static ZipSurgery withAddedSheet(ZipSurgery zip) {
        return zip.put("xl/worksheets/sheet3.xml", zip.text(SHEET1).replace("87.5", "100"))
                .replace("[Content_Types].xml", "</Types>",
                        "<Override ContentType=\"" + WORKSHEET_TYPE + "\" PartName=\"/xl/worksheets/sheet3.xml\"/></Types>")
                .replace("xl/_rels/workbook.xml.rels", "</Relationships>",
                        "<Relationship Id=\"rId99\" Target=\"worksheets/sheet3.xml\" Type=\"" + WORKSHEET_REL
                                + "\"/></Relationships>");
    }

    private static void removeMatching(ZipSurgery zip, String entry, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(zip.text(entry));
        assertThat(matcher.find()).as("%s matches %s", entry, regex).isTrue();
        zip.replace(entry, matcher.group(), "");
    }

    private static void replaceCertificate(ZipSurgery zip, X509Certificate replacement) throws Exception {
        Matcher matcher = Pattern.compile("<X509Certificate>([^<]+)</X509Certificate>").matcher(zip.text(SIGNATURE));
        assertThat(matcher.find()).isTrue();
        zip.replace(SIGNATURE, matcher.group(1), Base64.getEncoder().encodeToString(replacement.getEncoded()));
    }

    /** A further signature added with POI directly, as a second program (or person) would. */
    private static void addSignature(Path file, SigningIdentity identity) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
            SignatureConfig config = new SignatureConfig();
            config.setKey(identity.privateKey());
            config.setSigningCertificateChain(identity.chain());
            config.setAllowMultipleSignatures(true);
            SignatureInfo info = new SignatureInfo();
            info.setSignatureConfig(config);
            info.setOpcPackage(pkg);
            info.confirmSignature();
        }
        assertThat(ZipSurgery.open(file).names()).contains("_xmlsignatures/sig2.xml");
    }
}
