package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.WorkItem;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.testing.AgencyRounds;
import kr.tipa.eval.testing.Panels;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A panel package on a member's (and the chair's) laptop: it imports on a fresh database with the agency's
 * pin, screening is the agency's, only an evaluator on the roster is accepted, the agency's 제척 cannot be
 * undone, and in a blind round the company's name, CEO and address are in no file of the data folder nor
 * in the exported sheet workbook.
 */
class PanelPackageMemberTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path blindP1;
    private static String agencyFingerprint;

    /** One agency database, split once (blind): the packages are the tests' input. */
    @BeforeAll
    static void split() throws Exception {
        try (AppContext agency = Panels.open(shared.resolve("agency"))) {
            Round round = AgencyRounds.imported(agency, shared, true);
            AgencyRounds.decide(agency, round);
            List<PanelPackage> packages = agency.panelPackages().split(round, shared.resolve("out"), ReadProgress.NONE);
            blindP1 = packages.get(0).file();
            agencyFingerprint = agency.keys().fingerprint(KeyService.OWNER).orElseThrow().value();
        }
    }

    private AppContext plain(Path folder) {
        return new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), SecretSource.NONE);
    }

    @Test
    void aPackageImportsOnAFreshDatabasePinnedToTheAgencyAndScreensAsTheAgencyDecided() throws Exception {
        try (AppContext member = plain(dir.resolve("member"))) {
            ImportOutcome outcome = member.imports().importBundle(blindP1, false,
                    Optional.of(Fingerprint.parse(agencyFingerprint).orElseThrow()), "test", ReadProgress.NONE);
            assertThat(outcome.agencySignature()).hasValueSatisfying(a -> {
                assertThat(a.pinnedNow()).isTrue();
                assertThat(a.checkedAgainstLetter()).isTrue();
            });
            Round round = outcome.round();
            assertThat(member.rounds().blind(round)).isTrue();
            assertThat(member.rounds().panels(round)).singleElement()
                    .satisfies(p -> assertThat(p.id()).isEqualTo("P1"));
            Map<String, ScreeningDecision> decisions = member.screening().decisionsByReceipt(round);
            assertThat(decisions.keySet()).containsExactly(AgencyRounds.receipt(1), AgencyRounds.receipt(2),
                    AgencyRounds.receipt(3));
            assertThat(decisions.values()).allMatch(d -> d.status() == ScreeningStatus.ELIGIBLE);
            assertThat(decisions.get(AgencyRounds.receipt(3)).codes()).extracting(Enum::name)
                    .containsExactly("W01_INVALID_BUSINESS_NUMBER");
            assertThat(member.rounds().application(round, AgencyRounds.receipt(3)).orElseThrow().application()
                    .company().businessRegistrationNo()).isNull();
        }
    }

    @Test
    void aProfileNotOnTheRosterRefusesTheImportAndNothingIsWritten() throws Exception {
        try (AppContext member = plain(dir.resolve("member"))) {
            member.evaluators().add("E09", "홍길동", "", true);
            assertThatThrownBy(() -> member.imports().importBundle(blindP1, false, "test", ReadProgress.NONE))
                    .isInstanceOfSatisfying(BundleRefusedException.class, e -> assertThat(
                            e.problems().get(0).render(Messages.korean())).contains("E09").contains("P1")
                            .contains("E01, E02, E03"));
            assertThat(member.rounds().all()).isEmpty();
        }
        try (Stream<Path> documents = Files.walk(dir.resolve("member"))) {
            assertThat(documents.filter(Files::isRegularFile).map(Path::toString))
                    .noneMatch(n -> n.contains("documents") || n.contains("staging"));
        }
    }

    @Test
    void onARosteredDatabaseOnlyRosterIdsMayBeRegisteredAndTheChairMayRegisterThemAll() throws Exception {
        try (AppContext member = plain(dir.resolve("member"))) {
            member.evaluators().add("E02", "위원 E02", "", true);
            member.imports().importBundle(blindP1, false, "test", ReadProgress.NONE);
        }
        try (AppContext chair = plain(dir.resolve("chair"))) {
            Panels.importBundle(chair, blindP1);
            assertThatThrownBy(() -> chair.evaluators().add("E04", "위원 E04", "", false))
                    .isInstanceOf(RefusedException.class)
                    .satisfies(e -> assertThat(((RefusedException) e).render(Messages.korean()))
                            .contains("E04").contains("E01, E02, E03"));
            for (String id : List.of("E01", "E02", "E03")) {
                chair.evaluators().add(id, "위원 " + id, "", id.equals("E01"));
            }
            assertThat(chair.evaluators().all()).hasSize(3);
        }
    }

    @Test
    void theAgencysRecusalArrivesWithThePackageAndCannotBeUndone() throws Exception {
        try (AppContext member = Panels.open(memberFolder())) {
            Round round = member.rounds().require(null);
            member.evaluators().add("E02", "위원 E02", "", true);
            String first = AgencyRounds.receipt(1);
            WorkItem recused = member.scoring().workload(round, "E02").get(0);
            assertThat(recused.state()).isEqualTo(WorkState.CONFLICT);
            assertThat(recused.recusedByAgency()).isTrue();
            assertThat(recused.conflictReason()).hasValue("신청기업 자문 이력");
            assertThat(member.scoring().conflict(round, first, "E02")).hasValueSatisfying(c ->
                    assertThat(c.byAgency()).isTrue());

            Panels.pledge(member, round, "E02");
            assertThatThrownBy(() -> member.scoring().setScore(round, first, "E02", "GLOBAL_1", BigDecimal.ONE))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.render(Messages.korean()))
                            .contains("전담기관이 정한 제척").contains("풀 수 없습니다"));
            assertThatThrownBy(() -> member.scoring().declareConflict(round, first, "E02", "다시 회피"))
                    .isInstanceOf(RefusedException.class);
            ImportOutcome again = member.imports().importBundle(blindP1, false, "test", ReadProgress.NONE);
            assertThat(again.kind()).isEqualTo(ImportOutcome.Kind.UNCHANGED);
            assertThat(member.scoring().workload(round, "E02").get(0).recusedByAgency()).isTrue();
            assertThat(member.scoring().workload(round, "E03").get(0).state()).isNotEqualTo(WorkState.CONFLICT);
        }
    }

    @Test
    void blindNoFileOfTheMembersDataFolderNorTheExportedSheetNamesTheCompany() throws Exception {
        Path folder = memberFolder();
        Path sheets = dir.resolve("E02-sheets.xlsx");
        try (AppContext member = Panels.open(folder)) {
            assertThat(member.encrypted()).isFalse();
            Round round = member.rounds().require(null);
            member.evaluators().add("E02", "위원 E02", "한국대학교", true);
            member.keys().create("E02", "위원 E02", "한국대학교");
            Panels.pledge(member, round, "E02");
            Panels.score(member, round, "E02", Map.of(AgencyRounds.receipt(2), 7, AgencyRounds.receipt(3), 8));
            member.sheetExports().export(round, "E02", sheets);
        }
        List<String> secrets = new ArrayList<>();
        secrets.addAll(AgencyRounds.NAMES);
        secrets.addAll(AgencyRounds.SHORT_NAMES);
        secrets.addAll(AgencyRounds.CEOS);
        secrets.addAll(AgencyRounds.ADDRESSES);
        for (String secret : secrets) {
            assertThat(filesContaining(folder, secret)).as(secret).isEmpty();
        }
        // The search does see what is stored: the pseudonym and the plan's text are there.
        assertThat(filesContaining(folder, "신청기업 02")).isNotEmpty();
        assertThat(filesContaining(folder, "베트남 전자부품 조립 수요 증가")).isNotEmpty();

        String xml = workbookXml(sheets);
        assertThat(xml).contains("신청기업 02").contains("신청기업 03");
        for (String secret : secrets) {
            assertThat(xml).as(secret).doesNotContain(secret);
        }
    }

    @Test
    void onTheChairsLaptopSupportProgrammesAreLeftToTheAgency() throws Exception {
        try (AppContext chair = Panels.open(dir.resolve("chair"))) {
            Round round = Panels.importBundle(chair, blindP1);
            for (String id : List.of("E01", "E02", "E03")) {
                chair.evaluators().add(id, "위원 " + id, "", id.equals("E01"));
            }
            Map<String, Integer> all = Map.of(AgencyRounds.receipt(2), 7, AgencyRounds.receipt(3), 8);
            Panels.pledge(chair, round, "E01");
            Panels.score(chair, round, "E01", all);
            Panels.score(chair, round, "E02", all);
            Panels.score(chair, round, "E03", all);
            var results = chair.results().results(round);
            var selected = results.outcomes().stream()
                    .filter(o -> o.aggregation().status() == kr.tipa.eval.domain.aggregation.SelectionStatus.SELECTED)
                    .toList();
            assertThat(selected).extracting(o -> o.receiptNo())
                    .containsExactlyInAnyOrder(AgencyRounds.receipt(2), AgencyRounds.receipt(3));
            assertThat(selected).allMatch(o -> o.packages().isEmpty());
            assertThat(selected.get(0).application().companyName()).startsWith("신청기업 0");
        }
    }

    /** A member's unencrypted data folder holding the blind P1 package. */
    private Path memberFolder() throws Exception {
        Path folder = dir.resolve("member");
        try (AppContext member = plain(folder)) {
            Panels.importBundle(member, blindP1);
        }
        return folder;
    }

    /** Every part of the workbook package (sheets, shared strings, custom XML, signatures) as text. */
    private static String workbookXml(Path workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var properties = pkg.getPackageProperties();
            text.append(properties.getTitleProperty().orElse("")).append(properties.getSubjectProperty().orElse(""))
                    .append(properties.getDescriptionProperty().orElse("")).append(properties.getCreatorProperty()
                            .orElse("")).append(properties.getKeywordsProperty().orElse("")).append('\n');
            for (PackagePart part : pkg.getParts()) {
                if (part instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Every file whose bytes hold the text in UTF-8 or either UTF-16 order. */
    private static List<Path> filesContaining(Path folder, String text) throws Exception {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (needles.stream().anyMatch(n -> indexOf(bytes, n) >= 0)) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
