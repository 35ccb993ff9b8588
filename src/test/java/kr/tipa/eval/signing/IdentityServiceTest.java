package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.stream.Stream;
import kr.tipa.eval.i18n.Messages;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityServiceTest {

    private static final Instant NOW = Instant.parse("2024-09-01T00:00:00Z");
    private static final char[] PASSWORD = "평가위원-비밀번호-2024".toCharArray();

    @TempDir
    Path folder;

    private final IdentityService service = new IdentityService(Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());

    private static ASN1Encodable subjectValue(X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return subject.getRDNs(type)[0].getFirst().getValue();
    }

    @Test
    void aNewIdentityIsASelfSignedRsa3072SigningCertificateNamingThePerson() throws Exception {
        SigningIdentity identity = TestIdentities.evaluator();
        X509Certificate certificate = identity.certificate();

        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(subjectValue(certificate, BCStyle.CN)).isInstanceOf(ASN1UTF8String.class)
                .hasToString("김평가");
        assertThat(subjectValue(certificate, BCStyle.O)).isInstanceOf(ASN1UTF8String.class)
                .hasToString("한국무역보험공사 평가위원회");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(identity.privateKey().getAlgorithm()).isEqualTo("RSA");
        // digitalSignature, nonRepudiation, nothing else; critical, as is basicConstraints CA=false
        assertThat(certificate.getKeyUsage()).startsWith(true, true, false, false, false, false, false, false);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId(),
                Extension.basicConstraints.getId());
        assertThat(certificate.getSerialNumber()).isGreaterThan(BigInteger.TWO.pow(64));
        assertThat(identity.displayName()).isEqualTo("김평가");
    }

    @Test
    void theCertificateIsValidForFiveYearsFromCreation() {
        SigningIdentity identity = service.create("박심사", "");
        X509Certificate certificate = identity.certificate();

        assertThat(certificate.getNotBefore().toInstant()).isBefore(NOW);
        assertThat(certificate.getNotBefore().toInstant()).isAfter(NOW.minusSeconds(3600));
        assertThat(certificate.getNotAfter().toInstant())
                .isEqualTo(ZonedDateTime.parse("2029-09-01T00:00:00Z").toInstant());
        assertThat(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.O)).isEmpty();
    }

    @Test
    void serialNumbersAreRandom() {
        assertThat(TestIdentities.evaluator().certificate().getSerialNumber())
                .isNotEqualTo(TestIdentities.other().certificate().getSerialNumber());
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> service.create("  ", "TIPA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdentitySavedWithAPasswordLoadsBackTheSame() throws Exception {
        SigningIdentity identity = TestIdentities.evaluator();
        Path file = folder.resolve("김평가.p12");

        service.save(identity, file, PASSWORD);
        SigningIdentity loaded = service.load(file, PASSWORD);

        assertThat(loaded.fingerprint()).isEqualTo(identity.fingerprint());
        assertThat(loaded.certificate()).isEqualTo(identity.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(identity.privateKey().getEncoded());
        assertThat(loaded.displayName()).isEqualTo("김평가");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theKeystoreFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "POSIX file system");
        Path file = folder.resolve("identity.p12");
        Files.writeString(file, "older file, readable by all");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        service.save(TestIdentities.evaluator(), file, PASSWORD);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(service.load(file, PASSWORD).fingerprint()).isEqualTo(TestIdentities.evaluator().fingerprint());
    }

    @Test
    void aWrongPasswordIsATypedErrorWithAClearMessageNamingTheFile() throws Exception {
        Path file = folder.resolve("identity.p12");
        service.save(TestIdentities.evaluator(), file, PASSWORD);

        assertThatThrownBy(() -> service.load(file, "틀린비밀번호".toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.WRONG_PASSWORD);
                    assertThat(e.message().render(Messages.korean())).isEqualTo("비밀번호가 맞지 않습니다: identity.p12");
                });
    }

    @Test
    void aFileThatIsNotAKeystoreIsSaidToBeSo() throws Exception {
        byte[] noise = new byte[2048];
        new SecureRandom().nextBytes(noise);
        Path file = Files.write(folder.resolve("noise.pfx"), noise);

        assertThatThrownBy(() -> service.importFrom(file, PASSWORD))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentityException.Problem.NOT_A_KEYSTORE));
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> service.importFrom(folder.resolve("없음.pfx"), PASSWORD))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.UNREADABLE);
                    assertThat(e.message().args()).containsExactly("없음.pfx");
                });
    }

    @Test
    void aKeystoreWithCertificatesOnlyHasNoPrivateKey() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("chair", TestIdentities.evaluator().certificate());
        Path file = write(store, "certificates-only.p12");

        assertThatThrownBy(() -> service.importFrom(file, PASSWORD))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentityException.Problem.NO_PRIVATE_KEY));
    }

    @Test
    void ofSeveralKeysTheFirstThatMaySignIsChosen() throws Exception {
        KeyPair encryption = rsaKeys();
        KeyPair signing = rsaKeys();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("1-km", encryption.getPrivate(), PASSWORD,
                new Certificate[] {certificate(encryption, "암호화용", KeyUsage.keyEncipherment, NOW)});
        store.setKeyEntry("2-sign", signing.getPrivate(), PASSWORD,
                new Certificate[] {certificate(signing, "서명용", KeyUsage.digitalSignature | KeyUsage.nonRepudiation, NOW)});
        Path file = write(store, "npki-like.pfx");

        SigningIdentity chosen = service.importFrom(file, PASSWORD);

        assertThat(chosen.displayName()).isEqualTo("서명용");
        assertThat(chosen.privateKey().getEncoded()).isEqualTo(signing.getPrivate().getEncoded());
    }

    @Test
    void keysThatMayNotSignAreRefused() throws Exception {
        KeyPair encryption = rsaKeys();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("km", encryption.getPrivate(), PASSWORD,
                new Certificate[] {certificate(encryption, "암호화용", KeyUsage.keyEncipherment, NOW)});
        Path file = write(store, "encryption-only.pfx");

        assertThatThrownBy(() -> service.importFrom(file, PASSWORD))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentityException.Problem.NOT_SIGNING_CAPABLE));
    }

    @Test
    void anExpiredCertificateIsRefusedWithItsDates() throws Exception {
        Path file = folder.resolve("old.p12");
        service.save(TestIdentities.evaluator(), file, PASSWORD);
        IdentityService sixYearsLater = new IdentityService(
                Clock.fixed(Instant.now().plusSeconds(6L * 366 * 24 * 3600), ZoneOffset.UTC), new SecureRandom());

        assertThatThrownBy(() -> sixYearsLater.load(file, PASSWORD))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.EXPIRED);
                    assertThat(e.message().args()).hasSize(2);
                });
    }

    @Test
    void theIdentityNeverPrintsItsKey() {
        SigningIdentity identity = TestIdentities.evaluator();

        assertThat(identity.toString()).contains("김평가").contains(identity.fingerprint().shortForm())
                .doesNotContain(((java.security.interfaces.RSAPrivateCrtKey) identity.privateKey())
                        .getPrivateExponent().toString(16).substring(0, 16));
    }

    private Path write(KeyStore store, String name) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    private static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A certificate made here with BouncyCastle directly, not by the code under test. */
    private static X509Certificate certificate(KeyPair keys, String name, int keyUsage, Instant now) throws Exception {
        X500Name subject = new X500Name("CN=" + name);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(365L * 24 * 3600)), subject, keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }
}
