package kr.tipa.eval.storage;

import java.util.Collection;
import java.util.Optional;

/**
 * Where each document kept in a pack file lies: the pack, the offset of its sealed bytes and their
 * length. Rows are added in the import's own transaction, so a pack that no committed row names belongs
 * to an import that never committed.
 */
public interface PackIndex {

    /** One document's place in a pack. */
    record Entry(String sha256, String pack, long offset, long length) {
    }

    /** For stores with no database (staging only): knows nothing and keeps nothing. */
    PackIndex NONE = new PackIndex() {
        @Override
        public Optional<Entry> find(String sha256) {
            return Optional.empty();
        }

        @Override
        public void add(Collection<Entry> entries) {
            throw new UnsupportedOperationException("this document store has no index");
        }

        @Override
        public boolean references(String pack) {
            return false;
        }
    };

    Optional<Entry> find(String sha256);

    /** Adds rows in the caller's transaction (the import's). */
    void add(Collection<Entry> entries);

    /** Whether any committed row names {@code pack}. */
    boolean references(String pack);
}
