package kr.tipa.eval.domain.application;

/** Types of attached files (bundle-format.md, {@code documents[].type}). */
public enum DocumentType {
    PARTICIPATION_PLAN,
    PRIVACY_CONSENT_KSURE,
    GROUP_INSURANCE_FORM,
    BUSINESS_REGISTRATION,
    EVIDENCE
}
