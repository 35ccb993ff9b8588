package kr.tipa.eval.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds the self-signed signing certificate of a new identity. */
final class SelfSignedCertificates {

    /** Laptops' clocks differ by minutes; a certificate must not look "not yet valid" on the chair's machine. */
    private static final long BACKDATE_MINUTES = 10;
    /** 159 random bits: positive and at most 20 octets, as RFC 5280 asks of serial numbers. */
    private static final int SERIAL_BITS = 159;

    private SelfSignedCertificates() {
    }

    static X509Certificate create(KeyPair keys, String name, String affiliation, Instant now, Period validity,
            SecureRandom random) throws GeneralSecurityException {
        // Values are given as UTF8String objects, not strings: BCStyle would read a leading '#' as hex DER.
        X500NameBuilder names = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, new DERUTF8String(name));
        if (affiliation != null && !affiliation.isBlank()) {
            names.addRDN(BCStyle.O, new DERUTF8String(affiliation.strip()));
        }
        X500Name subject = names.build();
        BigInteger serial = new BigInteger(SERIAL_BITS, random).setBit(0);
        Date notBefore = Date.from(now.minus(BACKDATE_MINUTES, ChronoUnit.MINUTES));
        Date notAfter = Date.from(now.atOffset(ZoneOffset.UTC).plus(validity).toInstant());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, notBefore, notAfter,
                    subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(keys.getPublic()));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("could not build the certificate", e);
        }
    }
}
