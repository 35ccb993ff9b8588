package kr.tipa.eval.signing.npki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.junit.jupiter.api.Test;

/**
 * The derivations and the decryption checked against a published test vector: PyPinkSign's test certificate
 * ({@code bandoche/PyPinkSign}, {@code pypinksign/test_pinkSign.py}, MIT licence): a yessign test CA's user
 * key in form {@code 1.2.410.200004.1.15}, its password, and the key and IV that derive from them; and the
 * header and derived key of a PBES2/seedCBC key from the same test.
 */
class SeedPbeTest {

    private static final byte[] PASSWORD = "WTuA8Ev0lWXVFSiI!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SALT = Base64.getDecoder().decode("yOovolAjwoU=");
    private static final HexFormat HEX = HexFormat.of();

    /** signPri.key of PyPinkSign's TEST_CERT, as published. */
    private static final String SIGN_PRI =
            "MIIFEDAaBggqgxqMmkQBDzAOBAjI6i+iUCPChQICCAAEggTwMST3W7ufOC++4ZRMDspf7BvMcMKi0UakUTLYykkGLMFhDVVbktK"
            + "/mIXP6qtUfkm3LvtXjF54xehoyF/joZdxXSbFvFnQlC2Pcuy99Tzz+4Zmr940Oc2"
            + "/P9OD8SgNIc2k1M0aykrnwgP1XSrDkujKBWlMDuPVZkdNvntMI1PcldoJHNyP0fmvS1ZjSIjuFDFKWuTErP33Xt3Os9XgYA2ySzHP"
            + "8xIEcxnl5yfBZVPOY2FmP9YIBV2MjHKxXABIfmwn95FFw8RtV5/Lw3jmBmYq0n2jUyL7lxCddyNIJDZN7ZsCnnx66OB+CqV6jwVI"
            + "/oxHipiXGwv3UjrHUY1Ydxvbo4KYSS+RGywKL/LFc2b+ToAsw2TJiPU8jV8RbMz++PgOyvyo6NS33j1xhMf5YaGtTNqRw7"
            + "+kGNk5tuSKDSTr5zOkK2vnFcP9KM1XpyNsOOHPrJt9JrXaZ3aRSjHciOVAM9FpbzYKwldr6I1k7k2UkEJsrpwwVt8Pi7FQ"
            + "/42LDEeyP2TL7ITELLYmiyAjGlKjrfTurBmju+tsB6C8qeuAMZo2EZ8/LH79crrvnqtY0ZWalNZvQLtPsUZ9wVf4EsXbc4Sm"
            + "+mkU4dIVl2/BrkNEQjS4O17zVHLPpH/M41Ftx0U7ja3h+ne3J9GvN7PWYir18G8Zly5lsdI670"
            + "+MVfKqhSwcLGgBBVvs3qbTFMITjvYFvYelK+CWEJdlCHti+mlA7tA"
            + "/GK2MUwQy7ngVOEdHjxMjcn0F9RdVOxnuGuYXfQcNfFlPEcZRPHl772X/3BaNW0gqbaA9HQ/UZMEzwG"
            + "+dHE4zbwAc33reae0Q6FWtFYWcMLkeyBw/AL/hcQ0rp61Ae7dfpLie69OfyespYLasSRzrMg6E73UPwc4ydiX1ZK"
            + "+5sShIqeZAHE4W9yRk+BxUs0Fyj2PWTAUNiIvfVwmGxBrZ0CM/Iymvska9mwzNIZszxG2ebX9XAU031F/0"
            + "+e8yOuYqjCneFVhFvvCgpllfc6jHy7XhCOG7fT2SoUzxJdnYe7BYI1eC3F4Kqi9qSdYUcnMgZWjNRfbc50bBXxd"
            + "/mJu7r5rRlCmP1scgH9gJZ9beRNq8q/r13xhaHyaIzy1vAHkhfBrzb5pwNO4RR2gP80cKQXRW/pS9nh"
            + "/e3dmYEA8TojvAgmT8pMn5HRh9znmN0u2NpxrFjOV+NFWb4l1o47XKsosV4nIe0s"
            + "/3W4f8WjsS2Q16ag3hpZ60k5UyeHv5exV0UHViA5fbwHf/zVqYXpEQP6hHu8miVo5bF+BTReXyKrP8wgy30jGG1"
            + "+OWWOwI1CJsPzGqpkcp91LatTaCgDV5ex9gglefBHT55J68jmVKLwMng5a54x39WpumStd19WbeqgcPX1bbkRylTg0d322w1UiEEV"
            + "lrogh4G9uNZHwT2RtEV6bIeCLbXUJbtTdUh267ppwutQk+hUpj8A91Yx3UsLhV9wBQPbbTBlfxhCw9nt3hRReNGwH1g1"
            + "/DYQXaKNYuPnw5i4lkV6XF+asyqkrFVrzLGM4VvQ0HeR91RUwTbPo+wQHWrFEjAE/Kk75YCdg/H27ArsWfi/QXCm72hex4"
            + "/XAIkydoEgznMs3kTnU8XdGvtrXYrid1svzBAGqxLYaRj292o8oVxz+rpMCL8TZA3gQJ47HcyngTZUvuau1KpaOVrE2Eo/LHIRQk"
            + "/0U0Ew==";

    /** One of the primes of that key, as published in the same test ({@code TEST_CERT['p']}). */
    private static final BigInteger PUBLISHED_P = new BigInteger("170401043831697500886160249453602583335155029958"
            + "192979892846760308792096042785207717320177143506192175989057818875274069078126428428664188191002040"
            + "247312453076759639094986555140352677217431824482125801965793292922161731900555514681105243113154959"
            + "058263263456989915155467472762129413377977445986545324277543809");

    @Test
    void pbeWithSha1AndSeedCbcDerivesThePublishedKeyAndIv() {
        SeedPbe.KeyAndIv derived = SeedPbe.pbeWithSha1AndSeedCbc(PASSWORD, SALT, 2048);

        // test_get_private_key_decryption_key_for_seed_cbc_with_sha1: b'b@\xe2hjj\xbb\xc4\x8c\x92,\xcb\xa9\x06\xbb\x91'
        assertThat(HEX.formatHex(derived.key())).isEqualTo("6240e2686a6abbc48c922ccba906bb91");
        // b'Dq\xa1\xfd\x15Ag\xf2(Hw\rW\x8a[s'
        assertThat(HEX.formatHex(derived.iv())).isEqualTo("4471a1fd154167f22848770d578a5b73");
    }

    @Test
    void theOlderSeedCbcFormHasTheSameKeyAndTheFixedAsciiIv() {
        SeedPbe.KeyAndIv derived = SeedPbe.legacySeedCbc(PASSWORD, SALT, 2048);

        // test_get_private_key_decryption_key_for_seed_cbc
        assertThat(HEX.formatHex(derived.key())).isEqualTo("6240e2686a6abbc48c922ccba906bb91");
        assertThat(new String(derived.iv(), StandardCharsets.US_ASCII)).isEqualTo("0123456789012345");
    }

    @Test
    void pbkdf2DerivesThePublishedKeyOfThePbes2Example() {
        // From the published PBES2 key's header: salt 28ce9089e2828009, 1024 iterations (02 02 04 00).
        byte[] key = SeedPbe.pbkdf2(PASSWORD, HEX.parseHex("28ce9089e2828009"), 1024, 16, new SHA1Digest());

        // test_get_private_key_decryption_key_for_pbes2: b'\x01s\x94\x01\xd7\xf3\xdfS\x19\xef\xf4\xed\xb0\xaf\xa6o'
        assertThat(HEX.formatHex(key)).isEqualTo("01739401d7f3df5319eff4edb0afa66f");
    }

    @Test
    void pbkdf1IsSha1AppliedIterationsTimesToPasswordAndSalt() throws Exception {
        var sha1 = java.security.MessageDigest.getInstance("SHA-1");
        byte[] once = sha1.digest("pwsalt".getBytes(StandardCharsets.US_ASCII));

        assertThat(SeedPbe.pbkdf1Sha1("pw".getBytes(StandardCharsets.US_ASCII), "salt".getBytes(StandardCharsets.US_ASCII),
                1)).isEqualTo(once);
        assertThat(SeedPbe.pbkdf1Sha1("pw".getBytes(StandardCharsets.US_ASCII), "salt".getBytes(StandardCharsets.US_ASCII),
                3)).isEqualTo(sha1.digest(sha1.digest(once)));
    }

    @Test
    void thePublishedKeyDecryptsToTheRsaKeyWithThePublishedPrimeAndItsVidIsIgnored() throws Exception {
        RSAPrivateCrtKey key = NpkiPrivateKeys.decrypt(Base64.getDecoder().decode(SIGN_PRI),
                "WTuA8Ev0lWXVFSiI!".toCharArray(), "signPri.key");

        assertThat(key.getPrimeP()).isEqualTo(PUBLISHED_P);
        assertThat(key.getModulus().bitLength()).isEqualTo(2048);
        assertThat(key.getPrimeP().multiply(key.getPrimeQ())).isEqualTo(key.getModulus());
    }

    @Test
    void theWrongPasswordIsSaidToBeWrongNamingTheFile() {
        assertThatThrownBy(() -> NpkiPrivateKeys.decrypt(Base64.getDecoder().decode(SIGN_PRI),
                "WTuA8Ev0lWXVFSiI?".toCharArray(), "/usb/NPKI/yessign/USER/x/signPri.key"))
                .isInstanceOfSatisfying(NpkiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NpkiException.Problem.WRONG_PASSWORD);
                    assertThat(e.args()).containsExactly("/usb/NPKI/yessign/USER/x/signPri.key");
                });
    }
}
