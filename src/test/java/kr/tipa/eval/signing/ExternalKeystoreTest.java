package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PKCS#12 files made outside our code, by the JDK's keytool, as an evaluator's own certificate software
 * would make them: we import them, sign with them, and compare our fingerprint with keytool's.
 */
class ExternalKeystoreTest {

    private static final String PASSWORD = "외부-인증서-암호";
    private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");
    /** Hangul in a command line survives only when the JVM's platform encoding can carry it. */
    private static final String NAME = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
            .newEncoder().canEncode("최외부") ? "최외부" : "Choi Oebu";

    @TempDir
    static Path folder;

    private static Path signing;
    private static Path legacy;
    private static Path encryptionOnly;
    private static Path certificateOnly;

    @BeforeAll
    static void makeKeystoresWithKeytool() throws Exception {
        signing = folder.resolve("signing.p12");
        keytool("-genkeypair", "-alias", "sign", "-keyalg", "RSA", "-keysize", "3072", "-sigalg", "SHA256withRSA",
                "-validity", "365", "-storetype", "PKCS12", "-keystore", signing.toString(), "-storepass", PASSWORD,
                "-dname", "CN=" + NAME + ", O=TIPA", "-ext", "KeyUsage=digitalSignature,nonRepudiation");
        legacy = folder.resolve("legacy.pfx");
        keytool("-J-Dkeystore.pkcs12.legacy", "-genkeypair", "-alias", "old", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "365", "-storetype", "PKCS12", "-keystore", legacy.toString(), "-storepass", PASSWORD,
                "-dname", "CN=Legacy Export");
        encryptionOnly = folder.resolve("km.p12");
        keytool("-genkeypair", "-alias", "km", "-keyalg", "RSA", "-keysize", "2048", "-validity", "365",
                "-storetype", "PKCS12", "-keystore", encryptionOnly.toString(), "-storepass", PASSWORD,
                "-dname", "CN=Key Management", "-ext", "KeyUsage=keyEncipherment");
        Path certificate = folder.resolve("sign.cer");
        keytool("-exportcert", "-alias", "sign", "-keystore", signing.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        certificateOnly = folder.resolve("trusted.p12");
        keytool("-importcert", "-noprompt", "-alias", "peer", "-file", certificate.toString(), "-storetype", "PKCS12",
                "-keystore", certificateOnly.toString(), "-storepass", PASSWORD);
    }

    @Test
    void aKeytoolKeystoreSignsAWorkbookThatVerifies() throws Exception {
        SigningIdentity identity = TestIdentities.service().importFrom(signing, PASSWORD.toCharArray());
        Path workbook = TestWorkbooks.scoreSheet(folder, "external.xlsx");

        new WorkbookSigner().signInPlace(workbook, identity);
        VerificationResult result = new WorkbookVerifier().verify(workbook);

        String keytoolFingerprint = keytoolSha256(signing);
        assertThat(identity.displayName()).isEqualTo(NAME);
        assertThat(identity.fingerprint().value()).isEqualTo(keytoolFingerprint);
        assertThat(result.valid()).as("%s", result).isTrue();
        assertThat(result.signer().orElseThrow().commonName()).isEqualTo(NAME);
        assertThat(result.signer().orElseThrow().organisation()).contains("TIPA");
        assertThat(result.signer().orElseThrow().fingerprint().value()).isEqualTo(keytoolFingerprint);
    }

    @Test
    void aLegacyEncryptedPfxIsImportedToo() throws Exception {
        SigningIdentity identity = TestIdentities.service().importFrom(legacy, PASSWORD.toCharArray());

        assertThat(identity.displayName()).isEqualTo("Legacy Export");
        assertThat(identity.fingerprint().value()).isEqualTo(keytoolSha256(legacy));
    }

    @Test
    void aWrongPasswordIsSaidToBeWrong() {
        assertThatThrownBy(() -> TestIdentities.service().importFrom(signing, "password".toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentityException.Problem.WRONG_PASSWORD));
    }

    @Test
    void anEncryptionOnlyKeyIsNotForSigning() {
        assertThatThrownBy(() -> TestIdentities.service().importFrom(encryptionOnly, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentityException.Problem.NOT_SIGNING_CAPABLE));
    }

    @Test
    void aKeystoreOfTrustedCertificatesHasNoKey() {
        assertThatThrownBy(() -> TestIdentities.service().importFrom(certificateOnly, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentityException.Problem.NO_PRIVATE_KEY));
    }

    private static String keytoolSha256(Path keystore) throws Exception {
        String listing = keytool("-list", "-v", "-keystore", keystore.toString(), "-storepass", PASSWORD);
        Matcher matcher = Pattern.compile("SHA256: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})").matcher(listing);
        assertThat(matcher.find()).as(listing).isTrue();
        return matcher.group(1);
    }

    private static String keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(KEYTOOL.toString(), "-J-Duser.language=en",
                "-J-Duser.country=US"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool %s%n%s", String.join(" ", args), output).isZero();
        return output;
    }
}
