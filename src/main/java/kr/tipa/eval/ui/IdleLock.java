package kr.tipa.eval.ui;

import javafx.util.Duration;

/**
 * How long the window may sit idle before it locks: {@code TIPA_EVAL_IDLE_MINUTES} (or the system
 * property {@code tipa.idle.seconds}, for tests), 15 minutes by default.
 */
final class IdleLock {

    static final int DEFAULT_MINUTES = 15;

    private IdleLock() {
    }

    static Duration timeout() {
        String seconds = System.getProperty("tipa.idle.seconds");
        if (seconds != null) {
            return Duration.seconds(Double.parseDouble(seconds));
        }
        String minutes = System.getenv("TIPA_EVAL_IDLE_MINUTES");
        try {
            return Duration.minutes(minutes == null ? DEFAULT_MINUTES : Math.max(1, Integer.parseInt(minutes.strip())));
        } catch (NumberFormatException e) {
            return Duration.minutes(DEFAULT_MINUTES);
        }
    }
}
