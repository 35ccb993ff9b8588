package kr.tipa.eval.ui.tasks;

/**
 * What the window's status bar shows of the background work the user waits on: its title and progress (0 to
 * 1, -1 while the amount is unknown). {@link #NONE} when nothing titled runs: the bar hides its progress at 0.
 */
public record Activity(String title, double progress) {

    public static final Activity NONE = new Activity("", 0);

    public boolean running() {
        return !title.isEmpty();
    }
}
