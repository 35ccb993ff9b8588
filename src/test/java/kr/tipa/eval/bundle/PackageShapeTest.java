package kr.tipa.eval.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.SignedBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader holds a panel package to: the agency's outcome in every application and the facts it
 * stands for absent, no outcome outside a package, only eligible applications, one panel.
 */
class PackageShapeTest {

    @TempDir
    Path dir;

    /** A package of panel P1 (two applications) as the split writes one, changed by {@code change}. */
    private Path packageOf(Consumer<BundleWriter> change) throws Exception {
        BundleWriter writer = SignedBundles.v2(2, SignedBundles.agency());
        writer.manifest().putObject("panelPackage").put("panelId", "P1").put("roundBundleId", "round-1")
                .put("roundManifestSha256", "ab".repeat(32));
        for (String receipt : writer.receiptNos()) {
            ObjectNode a = writer.application(receipt);
            a.remove("compliance");
            a.remove("credit");
            a.remove("groupInsurance");
            Fixtures.object(a, "company").remove("businessRegistrationNo");
            ObjectNode outcome = a.putObject("agencyScreening").put("status", "ELIGIBLE");
            outcome.putArray("reasons");
        }
        change.accept(writer);
        Path file = dir.resolve("package.tbundle");
        writer.write(file);
        return file;
    }

    private String refusal(Path bundle) {
        try {
            new BundleReader().read(bundle, DocumentStaging.DISCARD, ReadProgress.NONE);
        } catch (BundleRefusedException e) {
            return String.join("\n", e.problems().stream().map(p -> p.render(Messages.korean())).toList());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read without refusal");
    }

    @Test
    void aPackageAsTheSplitWritesItIsReadWithTheAgencysOutcome() throws Exception {
        ReadBundle read = new BundleReader().read(packageOf(w -> { }), DocumentStaging.DISCARD, ReadProgress.NONE);
        assertThat(read.manifest().panelPackage()).hasValueSatisfying(p -> assertThat(p.panelId()).isEqualTo("P1"));
        assertThat(read.applications()).allSatisfy(i -> {
            assertThat(i.application().inPanelPackage()).isTrue();
            assertThat(i.application().compliance()).isNull();
            assertThat(i.application().company().businessRegistrationNo()).isNull();
        });
    }

    @Test
    void aFactLeftInAPackagedApplicationIsRefusedByName() throws Exception {
        Path bundle = packageOf(w -> {
            ObjectNode a = w.application(Fixtures.receiptNo(1));
            a.putObject("credit").put("ksureGrade", "C");
            Fixtures.object(a, "company").put("businessRegistrationNo", Fixtures.VALID_BUSINESS_NO);
        });
        assertThat(refusal(bundle)).contains("application.json › credit").contains("company.businessRegistrationNo");
    }

    @Test
    void anApplicationWithoutTheOutcomeInAPackageIsRefused() throws Exception {
        Path bundle = packageOf(w -> w.application(Fixtures.receiptNo(2)).remove("agencyScreening"));
        assertThat(refusal(bundle)).contains(Fixtures.receiptNo(2)).contains("agencyScreening");
    }

    @Test
    void theOutcomeOutsideAPackageIsRefused() throws Exception {
        Path bundle = packageOf(w -> w.manifest().remove("panelPackage"));
        assertThat(refusal(bundle)).contains("분과 패키지(panelPackage)의 신청에만");
    }

    @Test
    void anIneligibleApplicationHasNoPlaceInAPackage() throws Exception {
        Path bundle = packageOf(w -> Fixtures.object(w.application(Fixtures.receiptNo(1)), "agencyScreening")
                .put("status", "INELIGIBLE"));
        assertThat(refusal(bundle)).contains("agencyScreening.status").contains("INELIGIBLE");
    }

    @Test
    void aPackageNamesItsOnePanel() throws Exception {
        Path bundle = packageOf(w -> Fixtures.object(w.manifest(), "panelPackage").put("panelId", "P2"));
        assertThat(refusal(bundle)).contains("panelPackage.panelId").contains("P2");
    }

    @Test
    void aPackageWithAManifestByteChangedIsAnIntegrityFailureBeforeAnythingElse() throws Exception {
        Path bundle = packageOf(w -> { });
        Path tampered = kr.tipa.eval.testing.ZipEdit.of(bundle)
                .replaceText("manifest.json", m -> m.replace("제1분과", "제2분과")).write(dir.resolve("t.tbundle"));
        assertThatThrownBy(() -> new BundleReader().read(tampered, DocumentStaging.DISCARD, ReadProgress.NONE))
                .isInstanceOf(BundleIntegrityException.class);
    }
}
