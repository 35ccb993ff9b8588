package kr.tipa.eval.bench;

import java.nio.file.Path;
import java.time.Clock;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;

/** Benchmarks measure what users run: an encrypted data folder. */
final class BenchContexts {

    static final String PASSWORD = "benchmark password";

    private BenchContexts() {
    }

    static AppContext encrypted(Path folder) {
        return new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), PASSWORD::toCharArray);
    }
}
