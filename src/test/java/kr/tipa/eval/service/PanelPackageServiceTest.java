package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.AgencyRounds;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split on the agency's database: refused while anything needs review, then one signed package per
 * panel holding only its eligible applications, the agency's outcome in place of the facts, pseudonyms in
 * a blind round; all-or-nothing over the output folder.
 */
class PanelPackageServiceTest {

    private static final List<String> LEFT_OUT = List.of("compliance", "credit", "groupInsurance",
            "businessRegistrationNo");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private AppContext agency;

    private Round round(boolean blind) throws Exception {
        agency = Panels.open(dir.resolve("agency"));
        return AgencyRounds.imported(agency, dir, blind);
    }

    @AfterEach
    void close() {
        if (agency != null) {
            agency.close();
        }
    }

    /** Every entry of the ZIP: its name and, for JSON entries, the tree. */
    private Map<String, JsonNode> jsonEntries(Path zip) throws Exception {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(file.entries())) {
                entries.put(e.getName(), e.getName().endsWith(".json")
                        ? json.readTree(file.getInputStream(e).readAllBytes()) : null);
            }
        }
        return entries;
    }

    private static List<String> keysAnywhere(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                keys.add(field.getKey());
                keys.addAll(keysAnywhere(field.getValue()));
            }
        } else if (node.isArray()) {
            node.forEach(item -> keys.addAll(keysAnywhere(item)));
        }
        return keys;
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void whileAnApplicationNeedsReviewNothingIsWrittenAndItIsNamed() throws Exception {
        Round round = round(true);
        Path out = Files.createDirectories(dir.resolve("packages"));
        Files.writeString(out.resolve("메모.txt"), "이전 자료");
        List<String> before = namesIn(dir);

        assertThatThrownBy(() -> agency.panelPackages().split(round, out, ReadProgress.NONE))
                .isInstanceOfSatisfying(UnderReviewException.class, e -> {
                    assertThat(e.receiptNos()).containsExactly(AgencyRounds.receipt(3));
                    assertThat(e.render(Messages.korean())).contains("검토 필요").contains(AgencyRounds.receipt(3))
                            .contains("W01_INVALID_BUSINESS_NUMBER");
                });
        assertThat(namesIn(dir)).isEqualTo(before);
        assertThat(agency.audit().all()).noneMatch(e -> e.action().equals("ROUND_SPLIT"));
    }

    @Test
    void afterTheAgencyDecidesEachPanelGetsItsEligibleApplicationsWithTheOutcomeInsteadOfTheFacts()
            throws Exception {
        Round round = round(false);
        AgencyRounds.decide(agency, round);
        Path out = dir.resolve("packages");

        List<PanelPackage> packages = agency.panelPackages().split(round, out, "담당자", ReadProgress.NONE);

        assertThat(packages).extracting(PanelPackage::panelId, PanelPackage::applications)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 3), org.assertj.core.groups.Tuple.tuple("P2", 1));
        assertThat(namesIn(out)).containsExactly(Fixtures.PROGRAM_CODE + "-P1.tbundle",
                Fixtures.PROGRAM_CODE + "-P2.tbundle");
        assertThat(packages.get(0).file()).isEqualTo(out.toAbsolutePath().resolve(Fixtures.PROGRAM_CODE + "-P1.tbundle"));
        assertThat(packages.get(0).sha256()).matches("[0-9a-f]{64}");

        Map<String, JsonNode> p1 = jsonEntries(packages.get(0).file());
        assertThat(p1).containsKey("META-INF/manifest.json.p7s");
        JsonNode manifest = p1.get("manifest.json");
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(manifest.get("panelPackage").get("panelId").asText()).isEqualTo("P1");
        assertThat(manifest.get("panelPackage").get("roundBundleId").asText()).isEqualTo(round.currentBundleId());
        assertThat(manifest.get("panels")).hasSize(1);
        assertThat(manifest.get("panels").get(0).get("members")).hasSize(3);
        assertThat(manifest.get("conflicts")).hasSize(1);
        assertThat(manifest.get("conflicts").get(0).get("evaluatorId").asText()).isEqualTo("E02");
        assertThat(manifest.get("program").get("blind").asBoolean()).isFalse();

        List<JsonNode> applications = p1.entrySet().stream().filter(e -> e.getKey().endsWith("application.json"))
                .map(Map.Entry::getValue).toList();
        assertThat(applications).hasSize(3);
        for (JsonNode application : applications) {
            assertThat(keysAnywhere(application)).doesNotContainAnyElementsOf(LEFT_OUT);
            assertThat(application.get("agencyScreening").get("status").asText()).isEqualTo("ELIGIBLE");
        }
        JsonNode third = p1.get("applications/" + AgencyRounds.receipt(3) + "/application.json");
        assertThat(third.get("agencyScreening").get("reasons").get(0).get("code").asText())
                .isEqualTo("W01_INVALID_BUSINESS_NUMBER");
        assertThat(third.get("agencyScreening").get("overrideNote").asText()).isEqualTo("사업자등록증 사본으로 번호 확인");
        assertThat(third.get("company").get("name").asText()).isEqualTo(AgencyRounds.NAMES.get(2));
        assertThat(p1).containsKey("applications/" + AgencyRounds.receipt(1) + "/documents/가온정밀_참가계획서.pdf");

        Map<String, JsonNode> p2 = jsonEntries(packages.get(1).file());
        assertThat(p2).doesNotContainKey("applications/" + AgencyRounds.receipt(4) + "/application.json");
        assertThat(p2.get("manifest.json").get("panels").get(0).get("receiptNos")).hasSize(1);
        assertThat(p2.get("manifest.json").get("conflicts")).singleElement()
                .satisfies(c -> assertThat(c.get("evaluatorId").asText()).isEqualTo("E04"));

        assertThat(agency.audit().all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ROUND_SPLIT");
            assertThat(e.actor()).isEqualTo("담당자");
            assertThat(e.detailJson()).contains(packages.get(0).sha256()).contains(packages.get(1).sha256());
        });
    }

    @Test
    void aBlindRoundsPseudonymsFollowTheReceiptOrderAndAreTheSameOnEverySplit() throws Exception {
        Round round = round(true);
        AgencyRounds.decide(agency, round);
        List<PanelPackage> first = agency.panelPackages().split(round, dir.resolve("a"), ReadProgress.NONE);
        List<PanelPackage> second = agency.panelPackages().split(round, dir.resolve("b"), ReadProgress.NONE);

        Map<String, JsonNode> a = new LinkedHashMap<>();
        Map<String, JsonNode> b = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            a.putAll(jsonEntries(first.get(i).file()));
            b.putAll(jsonEntries(second.get(i).file()));
        }
        for (int i : List.of(1, 2, 3, 5)) {
            String file = "applications/" + AgencyRounds.receipt(i) + "/application.json";
            JsonNode company = a.get(file).get("company");
            assertThat(company.get("name").asText()).isEqualTo(String.format("신청기업 %02d", i));
            assertThat(company.get("ceoName").asText()).isEqualTo("(비공개)");
            assertThat(company.get("address").asText()).isEqualTo("(비공개)");
            assertThat(b.get(file).get("company")).isEqualTo(company);
        }
        assertThat(a.keySet()).contains("applications/" + AgencyRounds.receipt(1) + "/documents/PARTICIPATION_PLAN.pdf",
                "applications/" + AgencyRounds.receipt(1) + "/documents/PRIVACY_CONSENT_KSURE.pdf");
        assertThat(a.keySet()).noneMatch(name -> name.contains("가온정밀"));
        assertThat(a.get("manifest.json").get("program").get("blind").asBoolean()).isTrue();
    }

    @Test
    void aSecondSplitIntoTheSameFolderReplacesItsPackagesAndLeavesOtherFilesAlone() throws Exception {
        Round round = round(false);
        AgencyRounds.decide(agency, round);
        Path out = Files.createDirectories(dir.resolve("packages"));
        Files.writeString(out.resolve("메모.txt"), "이전 자료");
        List<PanelPackage> first = agency.panelPackages().split(round, out, ReadProgress.NONE);
        List<PanelPackage> second = agency.panelPackages().split(round, out, ReadProgress.NONE);

        assertThat(namesIn(out)).containsExactly(Fixtures.PROGRAM_CODE + "-P1.tbundle",
                Fixtures.PROGRAM_CODE + "-P2.tbundle", "메모.txt");
        assertThat(second.get(0).sha256()).isNotEqualTo(first.get(0).sha256());
        assertThat(namesIn(dir)).noneMatch(n -> n.contains(".split-"));
    }

    @Test
    void aCancelledSplitWritesNothing() throws Exception {
        Round round = round(false);
        AgencyRounds.decide(agency, round);
        List<String> before = namesIn(dir);
        assertThatThrownBy(() -> agency.panelPackages().split(round, dir.resolve("packages"), new ReadProgress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(namesIn(dir)).isEqualTo(before);
    }

    @Test
    void aRoundWithoutPanelsIsNotSplit() throws Exception {
        agency = Panels.open(dir.resolve("agency"));
        Fixtures.bundle(2).write(dir.resolve("v1.zip"));
        Round round = Panels.importBundle(agency, dir.resolve("v1.zip"));
        assertThatThrownBy(() -> agency.panelPackages().split(round, dir.resolve("out"), ReadProgress.NONE))
                .isInstanceOf(RefusedException.class).hasMessageContaining(Fixtures.PROGRAM_CODE);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
