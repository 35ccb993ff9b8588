package kr.tipa.eval.ui;

import java.util.ArrayList;
import java.util.List;

/** A {@link Notices} that keeps what it was told, for tests. */
public final class HeardNotices implements Notices {

    private final List<Notice> heard = new ArrayList<>();

    @Override
    public void finished(Notice notice) {
        heard.add(notice);
    }

    public List<Notice> heard() {
        return heard;
    }
}
