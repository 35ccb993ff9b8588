package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void isTheSha256OfTheDerInUpperCaseColonSeparatedPairs() throws Exception {
        byte[] der = TestIdentities.evaluator().certificate().getEncoded();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
        StringBuilder expected = new StringBuilder();
        for (byte b : digest) {
            if (!expected.isEmpty()) {
                expected.append(':');
            }
            expected.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }

        Fingerprint fingerprint = Fingerprint.of(TestIdentities.evaluator().certificate());

        assertThat(fingerprint.value()).isEqualTo(expected.toString()).hasSize(95);
        assertThat(fingerprint.shortForm()).isEqualTo(expected.substring(0, 23));
        assertThat(fingerprint.shortForm().split(":")).hasSize(8);
        assertThat(TestIdentities.evaluator().fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void theShortFormOfAKnownValue() {
        Fingerprint known = new Fingerprint("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                + "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");

        assertThat(known.shortForm()).isEqualTo("00:11:22:33:44:55:66:77");
    }

    @Test
    void lowerCaseOrShortValuesAreNotFingerprints() {
        assertThatThrownBy(() -> new Fingerprint("ab:cd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fingerprint("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:"
                + "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFingerprintTypedFromALetterIsReadWithOrWithoutColonsInEitherCase() {
        String canonical = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                + "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";
        assertThat(Fingerprint.parse("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF"))
                .contains(new Fingerprint(canonical));
        assertThat(Fingerprint.parse(" " + canonical.toLowerCase() + " ")).contains(new Fingerprint(canonical));
        assertThat(Fingerprint.parse("00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF "
                + "00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF")).contains(new Fingerprint(canonical));
        assertThat(Fingerprint.parse(canonical.substring(3))).isEmpty();
        assertThat(Fingerprint.parse(canonical + ":00")).isEmpty();
        assertThat(Fingerprint.parse(canonical.replace('A', 'G'))).isEmpty();
        assertThat(Fingerprint.parse(null)).isEmpty();
    }
}
