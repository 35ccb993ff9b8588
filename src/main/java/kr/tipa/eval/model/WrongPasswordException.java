package kr.tipa.eval.model;


/** The data folder is encrypted and the password given does not open it. */
public final class WrongPasswordException extends StorageException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException(Throwable cause) {
        super("wrong password", cause);
    }
}
