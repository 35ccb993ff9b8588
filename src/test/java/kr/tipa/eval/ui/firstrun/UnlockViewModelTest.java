package kr.tipa.eval.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StorageException;
import kr.tipa.eval.model.WrongPasswordException;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.storage.Transactions;
import kr.tipa.eval.ui.WindowSecrets;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password screen's rules without a window: the growing wait after misses, and what opens. */
class UnlockViewModelTest {

    private static final Messages MESSAGES = new Messages(Locale.KOREAN);

    @TempDir
    Path folder;

    private final WindowSecrets secrets = new WindowSecrets(MESSAGES);
    private final List<String> events = new ArrayList<>();

    /** A folder whose database refuses every password but {@code right}. */
    private FolderService folderOpeningWith(String right) {
        Transactions database = new Transactions() {
            @Override
            public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
                if (!secrets.matches(right.toCharArray())) {
                    throw new WrongPasswordException(new IllegalStateException("90049"));
                }
                return work.run();
            }
        };
        return new FolderService(folder, () -> true, database);
    }

    private UnlockViewModel atStart(FolderService service) {
        UnlockViewModel model = new UnlockViewModel(service, secrets, new SynchronousTasks(), MESSAGES, false,
                () -> events.add("unlocked"));
        model.retryAfterProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0) {
                events.add("wait " + now);
            }
        });
        return model;
    }

    @ParameterizedTest(name = "after {0} misses wait {1} s")
    @CsvSource({"1, 0", "2, 1", "3, 2", "4, 4", "6, 16", "7, 30", "8, 30", "40, 30"})
    void theWaitDoublesFromTheSecondMissAndStopsAtThirtySeconds(int failures, int seconds) {
        assertThat(UnlockViewModel.waitAfter(failures)).isEqualTo(seconds);
    }

    @Test
    void aWrongPasswordAtStartIsCountedForgottenAndTheRightOneOpens() {
        UnlockViewModel model = atStart(folderOpeningWith("correct horse"));
        model.unlock("battery".toCharArray());
        assertThat(model.errorProperty().get()).contains("1번째");
        assertThat(secrets.known()).as("a wrong password is not kept").isFalse();
        model.unlock("staple".toCharArray());
        assertThat(model.errorProperty().get()).contains("2번째");
        assertThat(model.retryAfterProperty().get()).isEqualTo(1);
        model.unlock("correct horse".toCharArray());
        assertThat(events).containsExactly("wait 1", "unlocked");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(secrets.matches("correct horse".toCharArray())).isTrue();
    }

    @Test
    void aFailureThatIsNotThePasswordIsSaidAsSuch() {
        Transactions broken = new Transactions() {
            @Override
            public <T, E extends Exception> T inTransaction(Work<T, E> work) {
                throw new StorageException("disk full");
            }
        };
        UnlockViewModel model = atStart(new FolderService(folder, () -> true, broken));
        model.unlock("anything".toCharArray());
        assertThat(model.errorProperty().get()).contains("disk full").doesNotContain("번째");
        assertThat(events).isEmpty();
    }

    @Test
    void afterIdlingOnlyTheSessionsPasswordOpensAndNoDatabaseIsAsked() {
        secrets.remember("session pass".toCharArray());
        Transactions untouchable = new Transactions() {
            @Override
            public <T, E extends Exception> T inTransaction(Work<T, E> work) {
                throw new AssertionError("the idle lock does not open the database");
            }
        };
        UnlockViewModel model = new UnlockViewModel(new FolderService(folder, () -> true, untouchable), secrets,
                new SynchronousTasks(), MESSAGES, true, () -> events.add("unlocked"));
        model.unlock("not it".toCharArray());
        model.unlock("nor this".toCharArray());
        assertThat(model.retryAfterProperty().get()).isEqualTo(1);
        model.unlock("session pass".toCharArray());
        assertThat(events).containsExactly("unlocked");
        assertThat(model.title()).isEqualTo(MESSAGES.get("unlock.idle.title"));
    }
}
