package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.SignedBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desks that know the round's panels: a sheet is missing only for an application of the evaluator's own
 * panel on which they are not recused (the agency's 제척 counts), on a laptop that scores the round itself;
 * the agency's database, which scores nothing, waits for the panels' results instead.
 */
class PanelDesksTest {

    private static final String R1 = Fixtures.receiptNo(1);
    private static final String R2 = Fixtures.receiptNo(2);
    private static final String R3 = Fixtures.receiptNo(3);
    private static final String R4 = Fixtures.receiptNo(4);

    @TempDir
    Path dir;

    private AppContext context;
    private Round round;

    @BeforeEach
    void importTwoPanels() throws Exception {
        ObjectNode manifest = Fixtures.manifest();
        manifest.put("formatVersion", 2);
        ArrayNode panels = manifest.putArray("panels");
        panel(panels, "P1", "제1분과", "E01", "E02", List.of(R1, R2));
        panel(panels, "P2", "제2분과", "E03", "E04", List.of(R3, R4));
        manifest.putArray("conflicts").addObject().put("evaluatorId", "E02").put("receiptNo", R1)
                .put("reason", "자문 이력");
        BundleWriter writer = Fixtures.bundle(manifest, 4)
                .signWith(m -> ManifestSignatures.sign(m, SignedBundles.agency()));
        Path bundle = dir.resolve("round.tbundle");
        writer.write(bundle);
        context = Panels.open(dir.resolve("data"));
        round = Panels.importBundle(context, bundle);
    }

    private static void panel(ArrayNode panels, String id, String name, String chair, String member,
            List<String> receipts) {
        ObjectNode p = panels.addObject().put("id", id).put("name", name);
        ArrayNode members = p.putArray("members");
        members.addObject().put("evaluatorId", chair).put("name", "위원장 " + chair).put("role", "CHAIR");
        members.addObject().put("evaluatorId", member).put("name", "위원 " + member).put("role", "MEMBER");
        ArrayNode listed = p.putArray("receiptNos");
        receipts.forEach(listed::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theAgencysDatabaseWaitsForEveryPanelsResultInsteadOfSheets() {
        assertThat(context.results().merged(round)).isPresent();
        Blockers blockers = context.chair().blockers(round);

        assertThat(blockers.missingPanels()).containsExactly("P1", "P2");
        assertThat(blockers.missingSheets()).isEmpty();
        assertThat(context.results().results(round).merged()).isTrue();
        assertThat(context.results().results(round).panelOf(R3)).contains("P2");
    }

    @Test
    void aLaptopScoringEveryPanelMissesASheetOnlyOnTheEvaluatorsOwnPanelAndNotWhereRecused() {
        for (String id : List.of("E01", "E02", "E03", "E04")) {
            context.evaluators().add(id, "위원 " + id, "", false);
        }
        Panels.score(context, round, "E01", Map.of(R1, 8, R2, 7));
        Panels.score(context, round, "E03", Map.of(R3, 6, R4, 9));
        Panels.score(context, round, "E04", Map.of(R3, 6));

        assertThat(context.results().merged(round)).isEmpty();
        PanelMatrix matrix = context.chair().matrix(round);
        PanelMatrix.Row first = matrix.rows().stream().filter(r -> r.receiptNo().equals(R1)).findFirst().orElseThrow();
        assertThat(first.cells()).containsEntry("E01", PanelMatrix.Cell.SUBMITTED)
                .containsEntry("E02", PanelMatrix.Cell.CONFLICT)
                .containsEntry("E03", PanelMatrix.Cell.NOT_REQUIRED)
                .containsEntry("E04", PanelMatrix.Cell.NOT_REQUIRED);
        Blockers blockers = context.chair().blockers(round);
        assertThat(blockers.missingSheets()).containsOnly(Map.entry(R2, List.of("E02")), Map.entry(R4, List.of("E04")));
        assertThat(blockers.missingPanels()).isEmpty();

        Panels.score(context, round, "E02", Map.of(R2, 7));
        Panels.score(context, round, "E04", Map.of(R4, 9));
        assertThat(context.chair().blockers(round).missingSheets()).isEmpty();
        assertThat(context.results().results(round).merged()).isFalse();
    }
}
