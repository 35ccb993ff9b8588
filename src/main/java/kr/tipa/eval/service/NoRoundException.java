package kr.tipa.eval.service;

/** The database holds no round yet (or not the one asked for). */
public final class NoRoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String programCode;

    public NoRoundException(String programCode) {
        super(programCode == null ? "no round imported" : "no round " + programCode);
        this.programCode = programCode;
    }

    /** The code asked for, or null when any round would do. */
    public String programCode() {
        return programCode;
    }
}
