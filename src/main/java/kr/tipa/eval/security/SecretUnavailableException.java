package kr.tipa.eval.security;

/** The password is needed and neither the environment nor a console nor the user gave it. */
public final class SecretUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnavailableException() {
        super("no password available", null, false, false);
    }
}
