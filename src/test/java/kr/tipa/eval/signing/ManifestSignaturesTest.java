package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** The agency's detached CMS signature over manifest.json: what holds, and each way it does not. */
class ManifestSignaturesTest {

    private static final byte[] MANIFEST = "{\"format\":\"tipa-eval-bundle\"}".getBytes(StandardCharsets.UTF_8);

    private static ManifestSignatures.Failure failure(byte[] content, byte[] signature) {
        return catchThrowableOfType(ManifestSignatures.InvalidSignatureException.class,
                () -> ManifestSignatures.verify(content, signature)).failure();
    }

    private static byte[] cms(byte[] content, boolean encapsulate, SigningIdentity... signers) throws Exception {
        CryptoSetup.ensure();
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        for (SigningIdentity signer : signers) {
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.privateKey()),
                            signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
        }
        return generator.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded(ASN1Encoding.DER);
    }

    @Test
    void aSignatureOfTheExactBytesHoldsAndNamesItsSigner() {
        byte[] signature = ManifestSignatures.sign(MANIFEST, TestIdentities.evaluator());
        ManifestSignatures.Signer signer = verified(signature);
        assertThat(signer.fingerprint()).isEqualTo(TestIdentities.evaluator().fingerprint());
        assertThat(signer.commonName()).isEqualTo(TestIdentities.EVALUATOR_NAME);
    }

    private static ManifestSignatures.Signer verified(byte[] signature) {
        try {
            return ManifestSignatures.verify(MANIFEST, signature);
        } catch (ManifestSignatures.InvalidSignatureException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneChangedByteIsAMismatch() {
        byte[] signature = ManifestSignatures.sign(MANIFEST, TestIdentities.evaluator());
        byte[] changed = MANIFEST.clone();
        changed[changed.length - 2] ^= 1;
        assertThat(failure(changed, signature)).isEqualTo(ManifestSignatures.Failure.MISMATCH);
    }

    @Test
    void aSignatureCarryingItsOwnContentIsNotTheManifests() throws Exception {
        assertThat(failure(MANIFEST, cms(MANIFEST, true, TestIdentities.evaluator())))
                .isEqualTo(ManifestSignatures.Failure.NOT_DETACHED);
    }

    @Test
    void twoSignersAreRefused() throws Exception {
        assertThat(failure(MANIFEST, cms(MANIFEST, false, TestIdentities.evaluator(), TestIdentities.other())))
                .isEqualTo(ManifestSignatures.Failure.SIGNER_COUNT);
    }

    @Test
    void aKeyUnder2048BitsIsTooWeak() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024, new SecureRandom());
        var keys = generator.generateKeyPair();
        X509Certificate certificate = SelfSignedCertificates.create(keys, "약한 키", null, Instant.now(),
                Period.ofYears(1), new SecureRandom());
        SigningIdentity weak = SigningIdentity.of(keys.getPrivate(), List.of(certificate));
        assertThat(failure(MANIFEST, ManifestSignatures.sign(MANIFEST, weak)))
                .isEqualTo(ManifestSignatures.Failure.WEAK);
    }

    @Test
    void bytesThatAreNoCmsAreUnparsable() {
        assertThat(failure(MANIFEST, new byte[] {0x30, 0x03, 0x02, 0x01})).isEqualTo(
                ManifestSignatures.Failure.UNPARSABLE);
        assertThat(failure(MANIFEST, new byte[0])).isEqualTo(ManifestSignatures.Failure.UNPARSABLE);
    }
}
