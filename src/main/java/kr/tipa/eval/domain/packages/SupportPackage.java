package kr.tipa.eval.domain.packages;

/** The six support programmes (지원내용) of program-rules.md §4, ① to ⑥. */
public enum SupportPackage {
    P1_GROUP_INSURANCE("①"),
    P2_SHORT_TERM_INSURANCE_DISCOUNT("②"),
    P3_EXPORT_CONSULTING("③"),
    P4_BUYER_CREDIT_CHECK("④"),
    P5_PRE_SHIPMENT_GUARANTEE("⑤"),
    P6_POST_SHIPMENT_GUARANTEE("⑥");

    private final String mark;

    SupportPackage(String mark) {
        this.mark = mark;
    }

    /** The circled numeral the announcement uses. */
    public String mark() {
        return mark;
    }
}
