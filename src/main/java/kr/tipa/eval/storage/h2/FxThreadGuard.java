package kr.tipa.eval.storage.h2;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test aid that turns every window test into a check of "the FX thread only draws": when the system
 * property {@code tipa.assertNoDbOnFx} is {@code true} (the pom sets it for every test), asking the
 * database for a connection on the JavaFX Application Thread is recorded and refused. A refusal thrown
 * inside a property listener is only printed by the toolkit, so the record is what fails the test (see
 * the test extension {@code NoDatabaseOnFxThread}). Storage may not import JavaFX: the thread is known by
 * the name the toolkit gives it.
 */
public final class FxThreadGuard {

    static final String FX_THREAD = "JavaFX Application Thread";
    private static final boolean ENABLED = Boolean.getBoolean("tipa.assertNoDbOnFx");
    private static final List<IllegalStateException> VIOLATIONS = new CopyOnWriteArrayList<>();

    private FxThreadGuard() {
    }

    static void check() {
        if (ENABLED && FX_THREAD.equals(Thread.currentThread().getName())) {
            IllegalStateException violation = new IllegalStateException(
                    "the database was used on the JavaFX Application Thread (run it in a background task)");
            VIOLATIONS.add(violation);
            throw violation;
        }
    }

    /** Whether the check is on in this JVM. */
    public static boolean enabled() {
        return ENABLED;
    }

    /** The violations recorded since the last call, each with the stack that led to it; clears them. */
    public static List<IllegalStateException> takeViolations() {
        List<IllegalStateException> taken = List.copyOf(VIOLATIONS);
        VIOLATIONS.removeAll(taken);
        return taken;
    }
}
