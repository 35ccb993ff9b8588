package kr.tipa.eval.storage;

import java.nio.file.Path;

/** A consistent copy of the database file while it is open (for backups). */
public interface Snapshots {

    /** Writes a ZIP holding a consistent copy of the database file (still encrypted, if it is). */
    void snapshotTo(Path zip);
}
