package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.NpkiFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 공동인증서 on disk becomes a signing identity only inside its validity, both ends included; outside it
 * the refusal names both dates in Korea time. The identity signs a workbook that verifies, naming subject
 * and issuer.
 */
class NpkiIdentityTest {

    /** 2024-03-01 00:00:00 in Korea. */
    private static final Instant NOT_BEFORE = Instant.parse("2024-02-29T15:00:00Z");
    /** 2025-03-01 23:59:59 in Korea, as Korean CAs end a certificate's last day. */
    private static final Instant NOT_AFTER = Instant.parse("2025-03-01T14:59:59Z");

    @TempDir
    Path npki;

    private static IdentityService at(Instant now) {
        return new IdentityService(Clock.fixed(now, ZoneOffset.UTC), new SecureRandom());
    }

    private NpkiFixtures.Written written() throws Exception {
        return NpkiFixtures.write(npki, "홍길동()0012345678901234", NOT_BEFORE, NOT_AFTER,
                NpkiFixtures.Form.PBE_SHA1_SEED, NpkiFixtures.PASSWORD);
    }

    @Test
    void atTheLastSecondOfItsValidityTheCertificateStillSigns() throws Exception {
        NpkiFixtures.Written written = written();

        SigningIdentity identity = at(NOT_AFTER).importFrom(written.folder(), NpkiFixtures.PASSWORD.toCharArray());

        assertThat(identity.certificate()).isEqualTo(written.signCert());
        assertThat(identity.chain()).containsExactly(written.signCert());
        assertThat(identity.displayName()).isEqualTo("홍길동()0012345678901234");
    }

    @Test
    void oneSecondAfterItIsRefusedAsExpiredNamingBothDatesInKoreaTime() throws Exception {
        NpkiFixtures.Written written = written();

        assertThatThrownBy(() -> at(NOT_AFTER.plusSeconds(1)).importFrom(written.folder(),
                NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.EXPIRED);
                    assertThat(e.message().args()).containsExactly("2024-03-01 00:00:00", "2025-03-01 23:59:59");
                    assertThat(Messages.korean().get(e.message().key(), e.message().args().toArray()))
                            .contains("2024-03-01 00:00:00").contains("2025-03-01 23:59:59").contains("한국 시간");
                });
    }

    @Test
    void atItsFirstSecondItSignsAndOneSecondBeforeItIsNotYetValid() throws Exception {
        NpkiFixtures.Written written = written();

        assertThat(at(NOT_BEFORE).importFrom(written.signKey(), NpkiFixtures.PASSWORD.toCharArray()).certificate())
                .isEqualTo(written.signCert());
        assertThatThrownBy(() -> at(NOT_BEFORE.minusSeconds(1)).importFrom(written.signKey(),
                NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.NOT_YET_VALID);
                    assertThat(e.message().args()).containsExactly("2024-03-01 00:00:00", "2025-03-01 23:59:59");
                });
    }

    @Test
    void aWrongPasswordIsTheWrongPasswordProblemNamingTheKeyFile() throws Exception {
        NpkiFixtures.Written written = written();

        assertThatThrownBy(() -> at(NOT_BEFORE).importFrom(written.folder(), "틀린암호".toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.WRONG_PASSWORD);
                    assertThat(Messages.korean().get(e.message().key(), e.message().args().toArray()))
                            .contains("암호가 맞지 않습니다").contains(written.signKey().toString());
                });
    }

    @Test
    void theKeyManagementFileIsRefusedInWords() throws Exception {
        NpkiFixtures.Written written = written();

        assertThatThrownBy(() -> at(NOT_BEFORE).importFrom(written.folder().resolve("kmPri.key"),
                NpkiFixtures.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IdentityException.Problem.NPKI_UNUSABLE);
                    assertThat(Messages.korean().get(e.message().key(), e.message().args().toArray()))
                            .contains("kmPri.key").contains("암호화용");
                });
    }

    @Test
    void aWorkbookSignedWithItVerifiesNamingSubjectAndIssuer() throws Exception {
        NpkiFixtures.Written written = written();
        SigningIdentity identity = at(NOT_BEFORE.plusSeconds(3600)).importFrom(written.folder(),
                NpkiFixtures.PASSWORD.toCharArray());
        Path workbook = TestWorkbooks.scoreSheet(npki, "npki.xlsx");

        new WorkbookSigner(Clock.fixed(NOT_BEFORE.plusSeconds(3600), ZoneOffset.UTC)).signInPlace(workbook, identity);
        VerificationResult result = new WorkbookVerifier().verify(workbook);

        assertThat(result.valid()).as("%s", result).isTrue();
        SignerInfo signer = result.signer().orElseThrow();
        assertThat(signer.subject()).contains("CN=홍길동()0012345678901234").contains("O=yessign");
        assertThat(signer.issuer()).contains("CN=" + NpkiFixtures.CA_NAME).contains("OU=AccreditedCA");
        assertThat(result.describe(Messages.korean(), ZoneOffset.UTC))
                .anySatisfy(line -> assertThat(line).startsWith("발급자: ").contains(NpkiFixtures.CA_NAME));
    }
}
