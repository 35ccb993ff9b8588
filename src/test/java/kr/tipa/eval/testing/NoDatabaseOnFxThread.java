package kr.tipa.eval.testing;

import java.util.List;
import kr.tipa.eval.storage.h2.FxThreadGuard;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which the JavaFX Application Thread asked the database for a connection
 * ({@link FxThreadGuard}). Registered for every test by service loading (the pom turns extension
 * autodetection on), so each TestFX test also checks that the FX thread only draws.
 */
public final class NoDatabaseOnFxThread implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        // What an earlier class left (its windows closing late) is reported there, not here.
        FxThreadGuard.takeViolations();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOn(FxThreadGuard.takeViolations());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOn(FxThreadGuard.takeViolations());
    }

    private static void failOn(List<IllegalStateException> violations) {
        if (violations.isEmpty()) {
            return;
        }
        AssertionError failure = new AssertionError(violations.size()
                + " database use(s) on the JavaFX Application Thread; the first stack shows where");
        violations.forEach(failure::addSuppressed);
        throw failure;
    }
}
