package kr.tipa.eval.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One run of {@link KillTarget} in a child JVM (the same java binary, the test class path). Its
 * stdout lines are collected by a reader thread; waiting for a line is a wait on that signal, never a
 * guess. {@link #close} always kills and reaps the child, so a failing test leaves no process behind.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final long startedNanos = System.nanoTime();
    private final Object signal = new Object();
    private volatile boolean eof;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = Thread.ofPlatform().name("child-stdout").daemon().start(this::readLines);
    }

    /** Starts {@code KillTarget} with {@code args}; its stderr goes to {@code stderr} for diagnosis. */
    static ChildJvm start(Path stderr, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), KillTarget.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        return new ChildJvm(process, stderr);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                synchronized (signal) {
                    signal.notifyAll();
                }
            }
        } catch (IOException e) {
            // The pipe broke with the child: what was read is all there is.
        } finally {
            eof = true;
            synchronized (signal) {
                signal.notifyAll();
            }
        }
    }

    /** Waits for a line matching {@code wanted}; fails when the child ends first or time runs out. */
    String await(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (signal) {
            while (true) {
                for (String line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (eof || left <= 0) {
                    throw new AssertionError("child " + (eof ? "ended" : "timed out") + " without the line; stdout "
                            + tail(lines) + "; stderr " + stderrTail());
                }
                signal.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Waits up to {@code millis} for a line matching {@code wanted}; false when none came in time. */
    boolean awaitUpTo(Predicate<String> wanted, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (signal) {
            while (true) {
                if (lines.stream().anyMatch(wanted)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (eof || left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
        }
    }

    long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL ({@link Process#destroyForcibly} on Linux), then every line the child wrote before it died:
     * those still in the pipe were written after their commit too, so they count.
     *
     * @return whether the child was still running when killed (a kill, not a late signal)
     */
    boolean kill() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child survived SIGKILL");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return alive;
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The lines read so far (all of them once {@link #kill} returned). */
    List<String> lines() {
        return List.copyOf(lines);
    }

    String stderrTail() {
        try {
            String text = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
            return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String tail(List<String> lines) {
        return lines.size() > 5 ? "…" + lines.subList(lines.size() - 5, lines.size()) : lines.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }
}
