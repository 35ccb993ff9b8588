package kr.tipa.eval.storage;

/** Runs work as one all-or-nothing unit across every repository. */
public interface Transactions {

    /** Work that may fail with any exception; it rolls the transaction back. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    <T, E extends Exception> T inTransaction(Work<T, E> work) throws E;
}
