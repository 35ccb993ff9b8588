package kr.tipa.eval.bundle;

/** Where a long read reports how far it is, and learns whether it should stop. */
public interface ReadProgress {

    ReadProgress NONE = new ReadProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Bytes read so far out of the bytes to read. */
    void progress(long done, long total);

    boolean cancelled();
}
