package kr.tipa.eval.security;

/**
 * Where the user's secret (the password protecting the database and the signing keys) comes from:
 * the environment or the console for commands, a dialog for the window.
 */
@FunctionalInterface
public interface SecretSource {

    /** A source that has nothing: anything that needs the secret stops with {@link SecretUnavailableException}. */
    SecretSource NONE = () -> {
        throw new SecretUnavailableException();
    };

    /** The secret; the caller must not keep it longer than needed. */
    char[] secret();

    /** A source that asks {@code inner} once and remembers the answer for this session. */
    static SecretSource remembering(SecretSource inner) {
        return new SecretSource() {
            private char[] remembered;

            @Override
            public synchronized char[] secret() {
                if (remembered == null) {
                    remembered = inner.secret();
                }
                return remembered.clone();
            }
        };
    }
}
