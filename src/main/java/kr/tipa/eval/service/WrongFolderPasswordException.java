package kr.tipa.eval.service;

import java.nio.file.Path;

/** The password given does not open this encrypted data folder; nothing was read or written. */
public final class WrongFolderPasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongFolderPasswordException(Path folder, Throwable cause) {
        super("the password does not open " + folder, cause);
    }
}
