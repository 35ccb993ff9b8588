package kr.tipa.eval.testing;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Synthetic 공동인증서 made in the test: a CA, a user's signing certificate issued by it (RSA 2048) and a
 * key-management pair, written as Korean certificate software lays them out. The private key is encrypted
 * here independently of the code under test: PBKDF1 by hand over the JDK's SHA-1, PBKDF2 by the JDK's
 * SecretKeyFactory, SEED by BouncyCastle's JCA cipher (the reader uses BouncyCastle's low-level engine).
 */
public final class NpkiFixtures {

    /** The three forms of signPri.key the reader supports. */
    public enum Form { PBE_SHA1_SEED, PBES2_SEED, LEGACY_SEED }

    public static final String PASSWORD = "npki-Test#2024";
    public static final String AUTHORITY = "yessign";
    public static final String CA_NAME = "yessignCA Test Class 2";
    public static final int ITERATIONS = 2048;

    private static final ASN1ObjectIdentifier PBE_SHA1_SEED = new ASN1ObjectIdentifier("1.2.410.200004.1.15");
    private static final ASN1ObjectIdentifier SEED_CBC = new ASN1ObjectIdentifier("1.2.410.200004.1.4");
    private static final ASN1ObjectIdentifier VID_RANDOM = new ASN1ObjectIdentifier("1.2.410.200004.10.1.1.3");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private static KeyPair ca;
    private static KeyPair user;
    private static KeyPair km;

    private NpkiFixtures() {
    }

    /** One 공동인증서 written to disk. */
    public record Written(Path folder, X509Certificate signCert, X509Certificate kmCert) {
        public Path signKey() {
            return folder.resolve("signPri.key");
        }
    }

    /**
     * Writes {@code <npki>/yessign/USER/<subject>/} with signCert.der, signPri.key (in {@code form}, under
     * {@code password}), kmCert.der and kmPri.key (the key-management pair, under the same password).
     */
    public static Written write(Path npki, String name, Instant notBefore, Instant notAfter, Form form, String password)
            throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KR").addRDN(BCStyle.O, AUTHORITY)
                .addRDN(BCStyle.OU, "personal4IB").addRDN(BCStyle.OU, "TESTBANK")
                .addRDN(BCStyle.CN, new DERUTF8String(name)).build();
        X509Certificate sign = issue(subject, userKeys(), notBefore, notAfter,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        X509Certificate kmCert = issue(subject, kmKeys(), notBefore, notAfter, KeyUsage.keyEncipherment);
        Path folder = Files.createDirectories(npki.resolve(AUTHORITY).resolve("USER")
                .resolve("cn=" + name + ",ou=TESTBANK,ou=personal4IB,o=" + AUTHORITY + ",c=kr"));
        Files.write(folder.resolve("signCert.der"), sign.getEncoded());
        Files.write(folder.resolve("signPri.key"), encrypt(userKeys().getPrivate(), form, password));
        Files.write(folder.resolve("kmCert.der"), kmCert.getEncoded());
        Files.write(folder.resolve("kmPri.key"), encrypt(kmKeys().getPrivate(), form, password));
        return new Written(folder, sign, kmCert);
    }

    public static X500Name caName() {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KR").addRDN(BCStyle.O, AUTHORITY)
                .addRDN(BCStyle.OU, "AccreditedCA").addRDN(BCStyle.CN, CA_NAME).build();
    }

    public static synchronized KeyPair userKeys() throws Exception {
        if (user == null) {
            user = rsa();
        }
        return user;
    }

    private static synchronized KeyPair kmKeys() throws Exception {
        if (km == null) {
            km = rsa();
        }
        return km;
    }

    private static synchronized KeyPair caKeys() throws Exception {
        if (ca == null) {
            ca = rsa();
        }
        return ca;
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate issue(X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter,
            int usage) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caName(),
                new BigInteger(64, RANDOM).setBit(0), Date.from(notBefore), Date.from(notAfter), subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys().getPrivate())));
    }

    /** signPri.key: the PKCS#8 key with a VID random attribute, encrypted in {@code form}. */
    public static byte[] encrypt(PrivateKey key, Form form, String password) throws Exception {
        PrivateKeyInfo plain = PrivateKeyInfo.getInstance(key.getEncoded());
        byte[] random = new byte[20];
        RANDOM.nextBytes(random);
        PrivateKeyInfo withVid = new PrivateKeyInfo(plain.getPrivateKeyAlgorithm(), plain.parsePrivateKey(),
                new DERSet(new Attribute(VID_RANDOM, new DERSet(new DERBitString(random)))));
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        byte[] pw = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] seedKey;
        byte[] iv;
        AlgorithmIdentifier algorithm;
        ASN1Encodable saltAndCount = new DERSequence(new ASN1Encodable[] {new DEROctetString(salt),
            new ASN1Integer(ITERATIONS)});
        switch (form) {
            case PBE_SHA1_SEED -> {
                byte[] dk = pbkdf1(pw, salt);
                seedKey = Arrays.copyOf(dk, 16);
                iv = Arrays.copyOf(MessageDigest.getInstance("SHA-1").digest(Arrays.copyOfRange(dk, 16, 20)), 16);
                algorithm = new AlgorithmIdentifier(PBE_SHA1_SEED, saltAndCount);
            }
            case LEGACY_SEED -> {
                seedKey = Arrays.copyOf(pbkdf1(pw, salt), 16);
                iv = "0123456789012345".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                algorithm = new AlgorithmIdentifier(SEED_CBC, saltAndCount);
            }
            case PBES2_SEED -> {
                seedKey = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
                        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 128)).getEncoded();
                iv = new byte[16];
                RANDOM.nextBytes(iv);
                algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                        new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, ITERATIONS)),
                        new EncryptionScheme(SEED_CBC, new DEROctetString(iv))));
            }
            default -> throw new IllegalArgumentException(form.name());
        }
        Cipher seed = Cipher.getInstance("SEED/CBC/PKCS5Padding", BC);
        seed.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(seedKey, "SEED"), new IvParameterSpec(iv));
        byte[] encrypted = seed.doFinal(withVid.getEncoded(ASN1Encoding.DER));
        return new EncryptedPrivateKeyInfo(algorithm, encrypted).getEncoded(ASN1Encoding.DER);
    }

    /** SHA-1 applied {@value #ITERATIONS} times, the first time to password ‖ salt. */
    private static byte[] pbkdf1(byte[] password, byte[] salt) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] input = new byte[password.length + salt.length];
        System.arraycopy(password, 0, input, 0, password.length);
        System.arraycopy(salt, 0, input, password.length, salt.length);
        byte[] t = input;
        for (int i = 0; i < ITERATIONS; i++) {
            t = sha1.digest(t);
        }
        return t;
    }
}
