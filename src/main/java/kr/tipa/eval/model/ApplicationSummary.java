package kr.tipa.eval.model;

/** What lists need of an application, read without parsing its JSON. */
public record ApplicationSummary(long id, String receiptNo, String companyName) {
}
