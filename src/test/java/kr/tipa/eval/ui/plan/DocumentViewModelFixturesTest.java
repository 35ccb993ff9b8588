package kr.tipa.eval.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.service.DocumentService;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.testing.DocumentFixtures;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import kr.tipa.eval.viewer.DocumentRenderer;
import kr.tipa.eval.viewer.ExternalCopy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The viewer opens every real HWP/HWPX document of the test fixtures: text, or a clear reason. */
class DocumentViewModelFixturesTest {

    @TempDir
    Path temp;

    static List<Path> fixtures() {
        return DocumentFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void opensAsTextOrSaysWhy(Path fixture) throws Exception {
        DocumentStore store = new DocumentStore() {
            @Override
            public Staging beginStaging() {
                throw new UnsupportedOperationException();
            }

            @Override
            public InputStream open(String sha256) throws IOException {
                return Files.newInputStream(fixture);
            }

            @Override
            public boolean contains(String sha256) {
                return true;
            }
        };
        StoredDocument document = new StoredDocument(1, 0, DocumentType.PARTICIPATION_PLAN,
                "documents/" + fixture.getFileName(), "0".repeat(64), Files.size(fixture));
        Messages messages = new Messages(Locale.KOREAN);
        try (ExternalCopy copies = ExternalCopy.create(temp);
                DocumentViewModel model = new DocumentViewModel(document, new DocumentService(store),
                        new DocumentRenderer(), () -> copies, new SynchronousTasks(), messages)) {
            model.open();
            String name = fixture.getFileName().toString();
            if (name.equals("distribution.hwp")) {
                assertThat(model.stateProperty().get()).isEqualTo(DocumentViewModel.State.UNREADABLE);
                assertThat(model.messageProperty().get()).contains("배포용");
            } else {
                assertThat(model.stateProperty().get()).isEqualTo(DocumentViewModel.State.TEXT);
                if (!name.startsWith("blank")) {
                    assertThat(String.join("", model.paragraphsProperty().get())).isNotBlank();
                }
            }
        }
    }
}
