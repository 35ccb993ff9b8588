package kr.tipa.eval.domain.application;

/** Forms the online intake system generates (bundle-format.md, {@code onlineForms}). */
public enum OnlineForm {
    APPLICATION_FORM,
    CREDIT_CONSENT,
    OTHER_CONSENT,
    INTEGRITY_PLEDGE
}
