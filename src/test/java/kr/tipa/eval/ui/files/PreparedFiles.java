package kr.tipa.eval.ui.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * File prompts that answer with prepared paths, so that a window test can drive every import, export and
 * backup: answers queued with {@link #next} come first, in order; after them each open is answered by
 * {@link #opening} and each save by {@link #savingInto} (a folder prompt only by a queued answer); otherwise
 * a prompt is cancelled. Every request is
 * kept, to check what the window asked.
 */
public final class PreparedFiles implements FilePrompts {

    private final Deque<List<Path>> queued = new ArrayDeque<>();
    private final List<Request> asked = new CopyOnWriteArrayList<>();
    private Supplier<List<Path>> opens = List::of;
    private Path saveFolder;

    /** The next prompt, of any kind, answers with {@code paths} (none: it is cancelled). */
    public synchronized PreparedFiles next(Path... paths) {
        queued.add(List.of(paths));
        return this;
    }

    /** Opens not queued are answered with what {@code files} holds at the time. */
    public synchronized PreparedFiles opening(Supplier<List<Path>> files) {
        this.opens = files;
        return this;
    }

    /** Saves not queued are answered with the offered name inside {@code folder}. */
    public synchronized PreparedFiles savingInto(Path folder) {
        this.saveFolder = folder;
        return this;
    }

    /** Every request made so far, in order. */
    public List<Request> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Optional<Path> open(Request request) {
        return openMany(request).stream().findFirst();
    }

    @Override
    public synchronized List<Path> openMany(Request request) {
        asked.add(request);
        return queued.isEmpty() ? List.copyOf(opens.get()) : queued.poll();
    }

    @Override
    public synchronized Optional<Path> save(Request request) {
        asked.add(request);
        if (!queued.isEmpty()) {
            return queued.poll().stream().findFirst();
        }
        return saveFolder == null ? Optional.empty() : Optional.of(saveFolder.resolve(request.initialName()));
    }

    /** A folder prompt takes the next queued answer; with none it is cancelled. */
    @Override
    public synchronized Optional<Path> folder(Request request) {
        asked.add(request);
        return queued.isEmpty() ? Optional.empty() : queued.poll().stream().findFirst();
    }
}
