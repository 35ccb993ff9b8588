package kr.tipa.eval.signing.npki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Decrypts a {@code signPri.key}: a DER EncryptedPrivateKeyInfo in one of the three forms Korean CAs have
 * issued (see {@link SeedPbe}), holding a PKCS#8 RSA key. Attributes beside the key (the VID random number,
 * {@code 1.2.410.200004.10.1.1.3}) are not needed to sign and are ignored: no 주민등록번호 is ever asked.
 */
final class NpkiPrivateKeys {

    /** pbeWithSHA1AndSEED-CBC. */
    static final ASN1ObjectIdentifier PBE_SHA1_SEED_CBC = new ASN1ObjectIdentifier("1.2.410.200004.1.15");
    /** seedCBC: alone the older form (fixed IV), inside PBES2 the encryption scheme (IV in its parameters). */
    static final ASN1ObjectIdentifier SEED_CBC = new ASN1ObjectIdentifier("1.2.410.200004.1.4");

    /** CAs use 2048; far more is a hostile or broken file, and deriving would keep the computer busy for minutes. */
    static final int MAX_ITERATIONS = 1_000_000;

    private NpkiPrivateKeys() {
    }

    /**
     * The RSA key inside {@code der}.
     *
     * @param file the file's name as messages show it
     */
    static RSAPrivateCrtKey decrypt(byte[] der, char[] password, String file) throws NpkiException {
        EncryptedPrivateKeyInfo info;
        try {
            info = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new NpkiException(NpkiException.Problem.NOT_A_KEY, e, file);
        }
        Scheme scheme = scheme(info.getEncryptionAlgorithm(), file);
        for (byte[] encoded : encodings(password)) {
            SeedPbe.KeyAndIv key = scheme.derive(encoded);
            try {
                byte[] plain = SeedPbe.seedCbcDecrypt(key, info.getEncryptedData());
                try {
                    RSAPrivateCrtKey rsa = rsa(plain, file);
                    if (rsa != null) {
                        return rsa;
                    }
                } finally {
                    Arrays.fill(plain, (byte) 0);
                }
            } catch (InvalidCipherTextException e) {
                // Bad padding: this encoding of the password is not the one the key was encrypted with.
            } catch (IllegalArgumentException e) {
                throw new NpkiException(NpkiException.Problem.NOT_A_KEY, e, file);
            } finally {
                key.erase();
                Arrays.fill(encoded, (byte) 0);
            }
        }
        throw new NpkiException(NpkiException.Problem.WRONG_PASSWORD, file);
    }

    /** How to turn a password into the key and IV of one file. */
    @FunctionalInterface
    private interface Scheme {
        SeedPbe.KeyAndIv derive(byte[] password);
    }

    private static Scheme scheme(AlgorithmIdentifier algorithm, String file) throws NpkiException {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        try {
            if (PBE_SHA1_SEED_CBC.equals(oid) || SEED_CBC.equals(oid)) {
                ASN1Sequence params = ASN1Sequence.getInstance(algorithm.getParameters());
                byte[] salt = ASN1OctetString.getInstance(params.getObjectAt(0)).getOctets();
                int iterations = iterations(ASN1Integer.getInstance(params.getObjectAt(1)).getValue(), file);
                return PBE_SHA1_SEED_CBC.equals(oid)
                        ? password -> SeedPbe.pbeWithSha1AndSeedCbc(password, salt, iterations)
                        : password -> SeedPbe.legacySeedCbc(password, salt, iterations);
            }
            if (PKCSObjectIdentifiers.id_PBES2.equals(oid)) {
                return pbes2(PBES2Parameters.getInstance(algorithm.getParameters()), file);
            }
        } catch (RuntimeException e) {
            throw new NpkiException(NpkiException.Problem.NOT_A_KEY, e, file);
        }
        throw new NpkiException(NpkiException.Problem.UNSUPPORTED, file, oid.getId());
    }

    /** PBES2 (RFC 8018 §6.2) with PBKDF2 and seedCBC, the IV an OCTET STRING in the scheme's parameters. */
    private static Scheme pbes2(PBES2Parameters params, String file) throws NpkiException {
        KeyDerivationFunc kdf = params.getKeyDerivationFunc();
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
            throw new NpkiException(NpkiException.Problem.UNSUPPORTED, file, kdf.getAlgorithm().getId());
        }
        EncryptionScheme encryption = params.getEncryptionScheme();
        if (!SEED_CBC.equals(encryption.getAlgorithm())) {
            throw new NpkiException(NpkiException.Problem.UNSUPPORTED, file, encryption.getAlgorithm().getId());
        }
        byte[] iv = ASN1OctetString.getInstance(encryption.getParameters()).getOctets();
        PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(kdf.getParameters());
        BigInteger keyLength = pbkdf2.getKeyLength();
        if (iv.length != SeedPbe.IV_BYTES
                || keyLength != null && keyLength.intValueExact() != SeedPbe.KEY_BYTES) {
            throw new NpkiException(NpkiException.Problem.NOT_A_KEY, file);
        }
        ASN1ObjectIdentifier prf = pbkdf2.getPrf().getAlgorithm();
        boolean sha256 = PKCSObjectIdentifiers.id_hmacWithSHA256.equals(prf);
        if (!sha256 && !PKCSObjectIdentifiers.id_hmacWithSHA1.equals(prf)) {
            throw new NpkiException(NpkiException.Problem.UNSUPPORTED, file, prf.getId());
        }
        byte[] salt = pbkdf2.getSalt();
        int iterations = iterations(pbkdf2.getIterationCount(), file);
        return password -> {
            Digest digest = sha256 ? new SHA256Digest() : new SHA1Digest();
            return new SeedPbe.KeyAndIv(SeedPbe.pbkdf2(password, salt, iterations, SeedPbe.KEY_BYTES, digest),
                    iv.clone());
        };
    }

    private static int iterations(BigInteger value, String file) throws NpkiException {
        if (value.signum() <= 0 || value.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new NpkiException(NpkiException.Problem.NOT_A_KEY, file);
        }
        return value.intValueExact();
    }

    /**
     * The RSA key of a decrypted PrivateKeyInfo, or {@code null} when {@code plain} is not one at all (the
     * padding happened to hold under a wrong key, about one time in 256).
     */
    private static RSAPrivateCrtKey rsa(byte[] plain, String file) throws NpkiException {
        PrivateKeyInfo info;
        RSAPrivateKey key;
        try {
            info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(plain));
            if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                throw new NpkiException(NpkiException.Problem.NOT_RSA, file,
                        info.getPrivateKeyAlgorithm().getAlgorithm().getId());
            }
            ASN1Encodable parsed = info.parsePrivateKey();
            key = RSAPrivateKey.getInstance(parsed);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                    key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(), key.getPrime1(),
                    key.getPrime2(), key.getExponent1(), key.getExponent2(), key.getCoefficient()));
        } catch (GeneralSecurityException e) {
            throw new NpkiException(NpkiException.Problem.NOT_A_KEY, e, file);
        }
    }

    /**
     * The password's bytes as the key was encrypted with them: UTF-8 first; for a password with non-ASCII
     * characters also the Windows Korean code page, which Korean certificate software on Windows used.
     */
    static List<byte[]> encodings(char[] password) {
        List<byte[]> encodings = new ArrayList<>();
        encodings.add(encode(password, StandardCharsets.UTF_8));
        boolean ascii = true;
        for (char c : password) {
            ascii &= c < 0x80;
        }
        if (!ascii && Charset.isSupported("x-windows-949")) {
            encodings.add(encode(password, Charset.forName("x-windows-949")));
        }
        return encodings;
    }

    private static byte[] encode(char[] password, Charset charset) {
        ByteBuffer buffer = charset.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
