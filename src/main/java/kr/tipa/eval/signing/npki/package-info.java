/**
 * 공동인증서 (NPKI certificates) as Korean certificate software leaves them on disk, so that evaluators can sign
 * with the certificate they already hold instead of exporting a PFX. Plain JDK and BouncyCastle; the
 * {@code signing} package turns a pair read here into a {@code SigningIdentity}.
 *
 * <h2>Layout</h2>
 * {@code NPKI/<CA>/USER/<subject>/} holds {@code signCert.der} and {@code signPri.key} (the signing pair)
 * and {@code kmCert.der}/{@code kmPri.key} (the key-management pair, for encryption). Only the signing pair
 * is ever read ({@link kr.tipa.eval.signing.npki.NpkiKeyFiles}); where such folders are is
 * {@link kr.tipa.eval.signing.npki.NpkiLocations}, and {@link kr.tipa.eval.signing.npki.NpkiFinder} lists them.
 *
 * <h2>The forms of signPri.key that are read</h2>
 * An EncryptedPrivateKeyInfo whose algorithm is
 * <ol>
 * <li>{@code 1.2.410.200004.1.15} pbeWithSHA1AndSEED-CBC: parameters SEQUENCE { salt, iterations };
 *     DK = PBKDF1-SHA1(password, salt, iterations), key = DK[0..16), IV = SHA-1(DK[16..20))[0..16);</li>
 * <li>PBES2 ({@code 1.2.840.113549.1.5.13}) with PBKDF2 (HMAC-SHA1, or HMAC-SHA256) and {@code seedCBC}
 *     ({@code 1.2.410.200004.1.4}) whose parameter is the IV;</li>
 * <li>{@code 1.2.410.200004.1.4} alone, as older software wrote it: the key of form 1 and the fixed IV
 *     "0123456789012345" (ASCII).</li>
 * </ol>
 * all SEED-CBC with PKCS#7 padding. Published sources: PyPinkSign (github.com/bandoche/PyPinkSign,
 * {@code pypinksign/pypinksign.py}: the three forms; its {@code test_pinkSign.py} publishes a test
 * certificate's key, password, and the derived key and IV, which our tests check), LiteHell/NPKI_example
 * ({@code LibNPKI/CertificateLoader.cs}: forms 1 and 3, the fixed IV), and the description of form 1 at
 * codetronik.tistory.com ("공인인증서 개인키"). The code here is our own.
 *
 * <h2>What is not read</h2>
 * The VID random number stored beside the key ({@code 1.2.410.200004.10.1.1.3}) serves the identity check
 * against a 주민등록번호, which signing does not need: it is ignored, and no 주민등록번호 is ever asked for.
 */
package kr.tipa.eval.signing.npki;
