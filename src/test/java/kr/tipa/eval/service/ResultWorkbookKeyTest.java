package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Clock;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.signing.WorkbookVerifier;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which key signs the result workbook: the one whose fingerprint the agency is told. */
class ResultWorkbookKeyTest {

    @TempDir
    Path root;

    private AppContext open(Path folder) throws Exception {
        AppContext context = new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(),
                () -> "chair password".toCharArray());
        Path bundle = root.resolve("round.tbundle");
        Fixtures.bundle(3).write(bundle);
        context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
        return context;
    }

    @Test
    void aChairWhoIsThisLaptopsEvaluatorSignsWithTheirOwnKey() throws Exception {
        try (AppContext context = open(root.resolve("chair"))) {
            context.evaluators().add("E01", "김위원장", "한국무역협회", true);
            String own = context.keys().create("E01", "김위원장", "한국무역협회").value();
            Round round = context.rounds().require(null);

            ResultWorkbooks.Outcome outcome = context.resultWorkbooks().export(round, root.resolve("결과.xlsx"));

            assertThat(outcome.fingerprint()).isEqualTo(own);
            VerificationResult verified = new WorkbookVerifier().verify(outcome.file());
            assertThat(verified.valid()).isTrue();
            assertThat(verified.signer().orElseThrow().commonName()).isEqualTo("김위원장");
        }
    }

    @Test
    void withoutAnEvaluatorOnThisLaptopTheOwnersKeyIsMadeOnceAndKept() throws Exception {
        try (AppContext context = open(root.resolve("desk"))) {
            Round round = context.rounds().require(null);

            String first = context.resultWorkbooks().export(round, root.resolve("1.xlsx")).fingerprint();
            String second = context.resultWorkbooks().export(round, root.resolve("2.xlsx")).fingerprint();

            assertThat(first).isEqualTo(second);
            assertThat(context.keys().fingerprint(KeyService.OWNER).orElseThrow().value()).isEqualTo(first);
        }
    }
}
