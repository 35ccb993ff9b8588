package kr.tipa.eval.signing.npki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kr.tipa.eval.testing.NpkiFixtures;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading the signing pair of synthetic 공동인증서 from disk, in every supported form, and the refusals. */
class NpkiKeyFilesTest {

    private static final Instant FROM = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TO = Instant.now().plus(335, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path npki;

    private NpkiFixtures.Written write(NpkiFixtures.Form form) throws Exception {
        return NpkiFixtures.write(npki, "홍길동()0012345678901234", FROM, TO, form, NpkiFixtures.PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(NpkiFixtures.Form.class)
    void eachFormDecryptsToTheKeyOfTheSigningCertificate(NpkiFixtures.Form form) throws Exception {
        NpkiFixtures.Written written = write(form);

        NpkiKeyPair pair = NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray());

        assertThat(pair.certificate()).isEqualTo(written.signCert());
        assertThat(pair.privateKey().getModulus())
                .isEqualTo(((RSAPublicKey) NpkiFixtures.userKeys().getPublic()).getModulus());
        assertThat(pair.folder()).isEqualTo(written.folder());
    }

    @Test
    void theKeyFileItselfOrTheCertificateFileNamesTheSameFolder() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBE_SHA1_SEED);

        assertThat(NpkiKeyFiles.read(written.signKey(), NpkiFixtures.PASSWORD.toCharArray()).certificate())
                .isEqualTo(written.signCert());
        assertThat(NpkiKeyFiles.read(written.folder().resolve("signCert.der"), NpkiFixtures.PASSWORD.toCharArray())
                .certificate()).isEqualTo(written.signCert());
    }

    @Test
    void theKeyManagementPairIsNeverTakenEvenWhenNamed() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBE_SHA1_SEED);

        NpkiKeyPair pair = NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray());
        assertThat(pair.certificate()).isNotEqualTo(written.kmCert());
        for (String km : new String[] {"kmPri.key", "kmCert.der"}) {
            assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder().resolve(km),
                    NpkiFixtures.PASSWORD.toCharArray()))
                    .isInstanceOfSatisfying(NpkiException.class, e -> {
                        assertThat(e.problem()).isEqualTo(NpkiException.Problem.ENCRYPTION_PAIR);
                        assertThat(e.args().get(0).toString()).endsWith(km);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(NpkiFixtures.Form.class)
    void aWrongPasswordIsSaidToBeWrongNamingTheKeyFile(NpkiFixtures.Form form) throws Exception {
        NpkiFixtures.Written written = write(form);

        assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder(), "npki-Test#2025".toCharArray()))
                .isInstanceOfSatisfying(NpkiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NpkiException.Problem.WRONG_PASSWORD);
                    assertThat(e.args()).containsExactly(written.signKey().toString());
                });
    }

    @Test
    void aKeyOfAnotherCertificateIsRefusedNamingBothFiles() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBE_SHA1_SEED);
        // The key-management key, encrypted the same way, put where the signing key belongs.
        Files.copy(written.folder().resolve("kmPri.key"), written.signKey(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(NpkiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NpkiException.Problem.KEY_MISMATCH);
                    assertThat(e.args()).containsExactly(written.signKey().toString(),
                            written.folder().resolve("signCert.der").toString());
                });
    }

    @Test
    void aFolderWithoutTheKeyNamesTheMissingFile() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBE_SHA1_SEED);
        Files.delete(written.signKey());

        assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(NpkiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NpkiException.Problem.MISSING_FILE);
                    assertThat(e.args()).containsExactly(written.signKey().toString());
                });
    }

    @Test
    void filesWhoseNamesChangedCaseOnAUsbDriveAreStillFound() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBES2_SEED);
        Files.move(written.signKey(), written.folder().resolve("SIGNPRI.KEY"));
        Files.move(written.folder().resolve("signCert.der"), written.folder().resolve("SIGNCERT.DER"));

        assertThat(NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray()).certificate())
                .isEqualTo(written.signCert());
    }

    @Test
    void aPbes2KeyUnderAesIsRefusedNamingItsAlgorithm() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBES2_SEED);
        AlgorithmIdentifier aes = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(new byte[8], 2048)),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes128_CBC, new DEROctetString(new byte[16]))));
        Files.write(written.signKey(), new EncryptedPrivateKeyInfo(aes, new byte[32]).getEncoded(ASN1Encoding.DER));

        assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(NpkiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NpkiException.Problem.UNSUPPORTED);
                    assertThat(e.args()).containsExactly(written.signKey().toString(),
                            NISTObjectIdentifiers.id_aes128_CBC.getId());
                });
    }

    @Test
    void somethingElseInPlaceOfTheKeyIsNotAKey() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBE_SHA1_SEED);
        Files.writeString(written.signKey(), "not a key at all");

        assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(NpkiException.class,
                        e -> assertThat(e.problem()).isEqualTo(NpkiException.Problem.NOT_A_KEY));
    }

    @Test
    void anAbsurdIterationCountIsRefusedBeforeAnyWork() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBES2_SEED);
        AlgorithmIdentifier slow = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2,
                        new PBKDF2Params(new byte[8], NpkiPrivateKeys.MAX_ITERATIONS + 1)),
                new EncryptionScheme(NpkiPrivateKeys.SEED_CBC, new DEROctetString(new byte[16]))));
        Files.write(written.signKey(), new EncryptedPrivateKeyInfo(slow, new byte[32]).getEncoded(ASN1Encoding.DER));

        assertThatThrownBy(() -> NpkiKeyFiles.read(written.folder(), NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(NpkiException.class,
                        e -> assertThat(e.problem()).isEqualTo(NpkiException.Problem.NOT_A_KEY));
    }

    @Test
    void onlyFoldersAndTheFourFilesAreTakenForNpki() throws Exception {
        NpkiFixtures.Written written = write(NpkiFixtures.Form.PBE_SHA1_SEED);

        assertThat(NpkiKeyFiles.isNpki(written.folder())).isTrue();
        assertThat(NpkiKeyFiles.isNpki(written.signKey())).isTrue();
        assertThat(NpkiKeyFiles.isNpki(npki.resolve("evaluator.p12"))).isFalse();
        assertThat(NpkiKeyFiles.isNpki(npki.resolve("evaluator.pfx"))).isFalse();
    }
}
