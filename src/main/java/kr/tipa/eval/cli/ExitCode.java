package kr.tipa.eval.cli;

/** Exit status of every command (cli.md). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int REFUSED = 2;
    public static final int INTEGRITY = 3;
    public static final int OTHER = 4;

    private ExitCode() {
    }
}
