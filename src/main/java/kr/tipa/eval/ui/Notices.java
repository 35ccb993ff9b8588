package kr.tipa.eval.ui;

/**
 * Where background work that the user started (an import, an export, a backup, a sheet import) says that it
 * has finished. The window decides whether the user is looking elsewhere and then shows a notification in
 * the corner of the screen; view models and actions only say what finished, so that they stay free of the
 * scene graph and are tested with a fake.
 */
@FunctionalInterface
public interface Notices {

    /** No one to tell: the command line, tests that do not care. */
    Notices NONE = notice -> { };

    void finished(Notice notice);

    /** What finished, in the words of the status line or the dialog that also reports it. */
    record Notice(String title, String text, boolean failed) {

        public Notice {
            text = text == null ? "" : text;
        }

        public static Notice done(String title, String text) {
            return new Notice(title, text, false);
        }

        public static Notice failed(String title, String text) {
            return new Notice(title, text, true);
        }
    }
}
