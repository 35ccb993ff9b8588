package kr.tipa.eval.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The agency's signature over a bundle's {@code manifest.json}: a detached CMS SignedData (RFC 5652,
 * the {@code .p7s} that OpenSSL, Windows and Korean PKI tools all read), SHA256withRSA, carrying the
 * signer's certificate. Detached, because the manifest stays an ordinary JSON file beside it; the
 * manifest holds the SHA-256 of every application.json, which holds the SHA-256 of every document,
 * so this one signature covers the whole bundle.
 *
 * <p>As with score sheets, there is no certificate authority offline: a valid signature says the
 * manifest is exactly what the holder of that certificate's key signed; which certificate is the
 * agency's is decided by its fingerprint, pinned per programme or read from the agency's letter.
 */
public final class ManifestSignatures {

    private static final Set<String> STRONG_DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());

    private ManifestSignatures() {
    }

    /** Who signed a manifest whose signature holds. */
    public record Signer(X509Certificate certificate, Fingerprint fingerprint, String commonName) {

        public byte[] der() {
            try {
                return certificate.getEncoded();
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException("a certificate that was decoded can be encoded", e);
            }
        }
    }

    /** Why a manifest signature does not hold. */
    public enum Failure {
        /** Not a CMS SignedData at all. */
        UNPARSABLE,
        /** The signature carries content of its own instead of pointing at manifest.json. */
        NOT_DETACHED,
        /** None, or more than one, signer. */
        SIGNER_COUNT,
        /** The signer's certificate is not inside the signature. */
        NO_CERTIFICATE,
        /** An RSA key under 2048 bits, another kind of key, or a digest weaker than SHA-256. */
        WEAK,
        /** The certificate was not valid at the signing time the signature states. */
        CERTIFICATE_NOT_VALID,
        /** The manifest is not what was signed. */
        MISMATCH
    }

    /** The signature does not hold, for {@link #failure()}. */
    public static final class InvalidSignatureException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Failure failure;

        InvalidSignatureException(Failure failure, Throwable cause) {
            super(failure.name(), cause, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** The DER bytes of a detached SignedData over {@code content}, signed with the identity's key. */
    public static byte[] sign(byte[] content, SigningIdentity identity) {
        CryptoSetup.ensure();
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(identity.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, identity.certificate()));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateException | IOException e) {
            throw new IllegalStateException("the manifest could not be signed", e);
        }
    }

    /**
     * Checks that {@code signature} is one signer's detached signature of exactly {@code content}, and
     * returns that signer.
     */
    public static Signer verify(byte[] content, byte[] signature) throws InvalidSignatureException {
        CryptoSetup.ensure();
        CMSSignedData parsed;
        try {
            parsed = new CMSSignedData(signature);
        } catch (CMSException | RuntimeException e) {
            throw new InvalidSignatureException(Failure.UNPARSABLE, e);
        }
        if (!parsed.isDetachedSignature()) {
            throw new InvalidSignatureException(Failure.NOT_DETACHED, null);
        }
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (CMSException | RuntimeException e) {
            throw new InvalidSignatureException(Failure.UNPARSABLE, e);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new InvalidSignatureException(Failure.SIGNER_COUNT, null);
        }
        SignerInformation info = signers.iterator().next();
        X509CertificateHolder holder = certificateOf(signed, info);
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new InvalidSignatureException(Failure.NO_CERTIFICATE, e);
        }
        if (!(certificate.getPublicKey() instanceof RSAPublicKey rsa)
                || rsa.getModulus().bitLength() < CertificateChecks.MIN_RSA_BITS
                || !STRONG_DIGESTS.contains(info.getDigestAlgOID())) {
            throw new InvalidSignatureException(Failure.WEAK, null);
        }
        try {
            boolean holds = info.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(org.bouncycastle.jce.provider.BouncyCastleProvider.PROVIDER_NAME).build(holder));
            if (!holds) {
                throw new InvalidSignatureException(Failure.MISMATCH, null);
            }
        } catch (CMSVerifierCertificateNotValidException e) {
            throw new InvalidSignatureException(Failure.CERTIFICATE_NOT_VALID, e);
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            throw new InvalidSignatureException(Failure.MISMATCH, e);
        }
        return new Signer(certificate, Fingerprint.of(certificate), CertificateNames.commonName(certificate));
    }

    private static X509CertificateHolder certificateOf(CMSSignedData signed, SignerInformation info)
            throws InvalidSignatureException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(info.getSID());
        List<X509CertificateHolder> list = List.copyOf(matches);
        if (list.isEmpty()) {
            throw new InvalidSignatureException(Failure.NO_CERTIFICATE, null);
        }
        return list.get(0);
    }
}
