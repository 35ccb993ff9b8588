package kr.tipa.eval.service;

/** No application of the round has this receipt number. */
public final class UnknownApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String receiptNo;

    public UnknownApplicationException(String receiptNo) {
        super("unknown application " + receiptNo);
        this.receiptNo = receiptNo;
    }

    public String receiptNo() {
        return receiptNo;
    }
}
