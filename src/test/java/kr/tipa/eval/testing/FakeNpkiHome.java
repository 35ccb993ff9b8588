package kr.tipa.eval.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.tipa.eval.service.SigningCertificates;

/**
 * A computer's 공동인증서 made in the test: the hard disk's NPKI folder ({@code home/NPKI}) holds 홍길동's and
 * 김평가's certificates, valid until 2027-03-25 (Korea time), and an expired one of 홍길동's; a USB drive
 * ({@code media/USB/NPKI}) holds one more. All open with {@link NpkiFixtures#PASSWORD}.
 */
public record FakeNpkiHome(Path root, NpkiFixtures.Written hong, NpkiFixtures.Written kim,
        NpkiFixtures.Written expired, NpkiFixtures.Written usb) {

    public static final String HONG = "홍길동()0012345678901234";
    public static final String KIM = "김평가()0098765432109876";
    public static final String EXPIRED = "홍길동()0011112222333344";
    public static final String USB = "홍길동()0055556666777788";
    public static final Instant UNTIL = Instant.parse("2027-03-25T14:59:59Z");

    public static FakeNpkiHome write(Path root) throws Exception {
        Instant from = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Path home = root.resolve("home/NPKI");
        NpkiFixtures.Written hong = NpkiFixtures.write(home, HONG, from, UNTIL, NpkiFixtures.Form.PBE_SHA1_SEED,
                NpkiFixtures.PASSWORD);
        NpkiFixtures.Written kim = NpkiFixtures.write(home, KIM, from, UNTIL, NpkiFixtures.Form.PBES2_SEED,
                NpkiFixtures.PASSWORD);
        NpkiFixtures.Written expired = NpkiFixtures.write(home, EXPIRED, Instant.parse("2022-03-24T15:00:00Z"),
                Instant.parse("2023-03-25T14:59:59Z"), NpkiFixtures.Form.PBE_SHA1_SEED, NpkiFixtures.PASSWORD);
        NpkiFixtures.Written usb = NpkiFixtures.write(root.resolve("media/USB/NPKI"), USB, from, UNTIL,
                NpkiFixtures.Form.LEGACY_SEED, NpkiFixtures.PASSWORD);
        return new FakeNpkiHome(root, hong, kim, expired, usb);
    }

    /** The places as this computer's would list them: the hard disk, the USB drive, and a drive without NPKI. */
    public List<SigningCertificates.Place> places() {
        return List.of(new SigningCertificates.Place(SigningCertificates.Kind.HARD_DISK, root.resolve("home/NPKI")),
                new SigningCertificates.Place(SigningCertificates.Kind.REMOVABLE, root.resolve("media/USB/NPKI")),
                new SigningCertificates.Place(SigningCertificates.Kind.REMOVABLE, root.resolve("media/none/NPKI")));
    }
}
